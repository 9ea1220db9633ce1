#!/bin/sh
# Trains every analysis model (tagger + lemmatizer, entity tagger, dependency parser) from the UD English treebanks
# and writes them to Sources/InquireKit/Resources/models/. Deterministic: fixed seeds, fixed pass counts, data in
# file order. About 10–20 minutes on two cores (release build).
#
# usage: scripts/train_models.sh [TREEBANK_FOLDER]   (default ../shared/data/treebanks)
set -eu
cd "$(dirname "$0")/.."
data="${1:-../shared/data/treebanks}"
swift build -c release --product inquire-train
"$(swift build -c release --show-bin-path)/inquire-train" all --data "$data" --out Sources/InquireKit/Resources/models
ls -l Sources/InquireKit/Resources/models
