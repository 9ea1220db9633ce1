#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of inquire's engine (see Fuzz/README.md).
#
#   Fuzz/run.sh TARGET SECONDS      build TARGET and fuzz it for SECONDS
#   Fuzz/run.sh all SECONDS         every target in turn, SECONDS each
#   Fuzz/run.sh build [TARGET|all]  only build
#   Fuzz/run.sh repro TARGET FILE…  run TARGET once on saved inputs (a crash file, a seed)
#   Fuzz/run.sh list                the target names
#
# The engine (Sources/InquireKit) is compiled once into an instrumented module (-sanitize=fuzzer,address,
# -enable-testing so targets can reach internal readers); each Fuzz/Targets/<Name>.swift is linked against it.
# Everything produced goes under Fuzz/build/ (git-ignored): bin/ (bin-<rev>/ with FUZZ_REF), corpus/<Name>/
# (inputs found), crashes/<Name>/, logs/<Name>.log and results.tsv (one line per run: date, target, seconds,
# executions, engine revision, result).
# Environment: MAX_LEN (input size limit, default 16384), RSS_MB (default 2048), TIMEOUT (seconds per input,
# default 10), FUZZ_FLAGS (extra libFuzzer flags), FUZZ_REF (a git revision: fuzz the engine as committed there,
# exported under Fuzz/build/src/, instead of the working tree, so edits and merges do not disturb a long run).
set -euo pipefail

FUZZ="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$FUZZ/.." && pwd)"
BUILD="$FUZZ/build"
SWIFTC="${SWIFTC:-swiftc}"
ENGINE="$REPO/Sources/InquireKit"
LIB="$BUILD/lib"
BIN="$BUILD/bin"
if [[ -n "${FUZZ_REF:-}" ]]; then
    revision="$(git -C "$REPO" rev-parse --short "$FUZZ_REF")"
    if [[ ! -d "$BUILD/src/$revision" ]]; then
        mkdir -p "$BUILD/src/$revision"
        git -C "$REPO" archive "$revision" Sources/InquireKit | tar -x -C "$BUILD/src/$revision"
    fi
    ENGINE="$BUILD/src/$revision/Sources/InquireKit"
    LIB="$BUILD/lib-$revision"
    BIN="$BUILD/bin-$revision"
fi
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 -package-name inquire)

targets() { (cd "$FUZZ/Targets" && ls *.swift | sed 's/\.swift$//'); }

usage() {
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
    exit 64
}

# Sources generated for this checkout: the repository path, and `Bundle.module` for InquireKit pointing at its
# source folder (SwiftPM generates the real accessor; a plain swiftc build has none).
generate() {
    mkdir -p "$BUILD/gen"
    cat >"$BUILD/gen/FuzzPaths.swift" <<EOF
/// Paths of the checkout the fuzz targets were built from.
enum FuzzPaths {
    /// The repository root.
    static let repository = "$REPO"
}
EOF
    cat >"$BUILD/gen/FuzzBundleModule.swift" <<EOF
import Foundation

extension Foundation.Bundle {
    /// InquireKit's resources, read from the source folder (the \`.copy("Resources")\` layout of the SwiftPM bundle).
    static let module: Bundle = Bundle(path: "$ENGINE") ?? Bundle.main
}
EOF
}

# The instrumented engine module, rebuilt when any engine source is newer than it.
build_engine() {
    generate
    mkdir -p "$LIB"
    local object="$LIB/InquireKit.o"
    if [[ -f "$object" ]] && [[ -z "$(find "$ENGINE" -name '*.swift' -newer "$object" -print -quit)" ]]; then
        return
    fi
    echo "fuzz: compiling InquireKit (instrumented) from $ENGINE" >&2
    local sources=()
    while IFS= read -r -d '' file; do sources+=("$file"); done \
        < <(find "$ENGINE" -name '*.swift' -print0 | sort -z)
    "$SWIFTC" "${FLAGS[@]}" -enable-testing -wmo -module-name InquireKit -c \
        -emit-module -emit-module-path "$LIB/InquireKit.swiftmodule" \
        "${sources[@]}" "$BUILD/gen/FuzzBundleModule.swift" -o "$object"
}

build_target() {
    local name="$1"
    [[ -f "$FUZZ/Targets/$name.swift" ]] || { echo "fuzz: no target $name (try: $0 list)" >&2; exit 64; }
    build_engine
    mkdir -p "$BIN"
    local binary="$BIN/$name"
    if [[ -f "$binary" && "$binary" -nt "$LIB/InquireKit.o" && "$binary" -nt "$FUZZ/Targets/$name.swift" ]] \
        && [[ -z "$(find "$FUZZ/Support" -name '*.swift' -newer "$binary" -print -quit)" ]]; then
        return
    fi
    echo "fuzz: linking $name" >&2
    "$SWIFTC" "${FLAGS[@]}" -module-name "Fuzz$name" -I "$LIB" -use-ld=lld \
        "$FUZZ/Targets/$name.swift" "$FUZZ"/Support/*.swift "$BUILD/gen/FuzzPaths.swift" "$LIB/InquireKit.o" \
        -o "$binary"
    # The resources are looked up where SwiftPM puts them beside `inquire` (DataLocator): the bundle
    # `inquire_InquireKit.resources/Resources` and the default corpus in `inquire_DefaultCorpus.resources`.
    mkdir -p "$BIN/inquire_InquireKit.resources"
    ln -sfn "$ENGINE/Resources" "$BIN/inquire_InquireKit.resources/Resources"
    ln -sfn "$REPO/Corpus" "$BIN/inquire_DefaultCorpus.resources"
}

run_target() {
    local name="$1" seconds="$2"
    build_target "$name"
    mkdir -p "$BUILD/corpus/$name" "$BUILD/crashes/$name" "$BUILD/logs"
    local log="$BUILD/logs/$name.log"
    local dict=()
    [[ -f "$FUZZ/Dictionaries/$name.dict" ]] && dict=(-dict="$FUZZ/Dictionaries/$name.dict")
    local seeds=()
    [[ -d "$FUZZ/Seeds/$name" ]] && seeds=("$FUZZ/Seeds/$name")
    echo "fuzz: $name for ${seconds}s (log: $log)" >&2
    local status=0
    # shellcheck disable=SC2086
    "$BIN/$name" -max_total_time="$seconds" -timeout="${TIMEOUT:-10}" -rss_limit_mb="${RSS_MB:-2048}" \
        -max_len="${MAX_LEN:-16384}" -print_final_stats=1 -artifact_prefix="$BUILD/crashes/$name/" \
        "${dict[@]}" ${FUZZ_FLAGS:-} "$BUILD/corpus/$name" "${seeds[@]}" >"$log" 2>&1 || status=$?
    local executions
    executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    local result="ok"
    [[ $status -ne 0 ]] && result="FAILED (status $status, see $log and $BUILD/crashes/$name/)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$name" "$seconds" "${executions:-?}" \
        "${revision:-worktree}" "$result" \
        | tee -a "$BUILD/results.tsv"
    return "$status"
}

[[ $# -ge 1 ]] || usage
case "$1" in
    list) targets ;;
    build)
        if [[ "${2:-all}" == all ]]; then
            for name in $(targets); do build_target "$name"; done
        else
            build_target "$2"
        fi
        ;;
    repro)
        [[ $# -ge 3 ]] || usage
        build_target "$2"
        "$BIN/$2" -runs=1 "${@:3}"
        ;;
    all)
        [[ $# -eq 2 ]] || usage
        failed=0
        for name in $(targets); do run_target "$name" "$2" || failed=1; done
        exit "$failed"
        ;;
    -h | --help | help) usage ;;
    *)
        [[ $# -eq 2 ]] || usage
        run_target "$1" "$2"
        ;;
esac
