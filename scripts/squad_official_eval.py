#!/usr/bin/env python3
"""Scores SQuAD predictions the way the official SQuAD v1.1 evaluation script does.

A faithful reimplementation of `evaluate-v1.1.py` (Rajpurkar et al. 2016): the same answer normalisation,
token F1, exact match and maximum over the gold answers, the same percentages. It exists to check that
`inquire eval` scores SQuAD exactly as the field's yardstick does:

    inquire eval squad.json --predictions-out predictions.json
    python3 scripts/squad_official_eval.py squad.json predictions.json

Two optional filters score a subset, so per-type figures can be compared too:
    --ids FILE          only questions whose id is in FILE (a JSON object or array of ids, or one id a line)
    --opening W1,W2,... only questions opening with these words after at most one leading preposition, with the
                        bucket names of `inquire eval --types` (who covers who/whom/whose; how-many, how-much, how …)

and one departure from the official rules, off by default, to show where `inquire eval` differs by design:
    --fold-curly-quotes remove curly quotes (‘ ’ ‚ ‛ “ ” „ ‟) from predictions and gold answers before scoring, as
                        `inquire eval` does (the official script removes only ASCII punctuation)

Prints {"exact_match": …, "f1": …} (percentages, as the official script); the number of questions scored goes to
standard error.
Questions without a prediction score 0, with a message on standard error, as in the official script.
"""

import argparse
import json
import re
import string
import sys
from collections import Counter


# --- The official SQuAD v1.1 rules, unchanged. ---------------------------------------------------------------

def normalize_answer(s):
    """Lower text and remove punctuation, articles and extra whitespace."""

    def remove_articles(text):
        return re.sub(r"\b(a|an|the)\b", " ", text)

    def white_space_fix(text):
        return " ".join(text.split())

    def remove_punc(text):
        exclude = set(string.punctuation)
        return "".join(ch for ch in text if ch not in exclude)

    def lower(text):
        return text.lower()

    return white_space_fix(remove_articles(remove_punc(lower(s))))


def f1_score(prediction, ground_truth):
    prediction_tokens = normalize_answer(prediction).split()
    ground_truth_tokens = normalize_answer(ground_truth).split()
    common = Counter(prediction_tokens) & Counter(ground_truth_tokens)
    num_same = sum(common.values())
    if num_same == 0:
        return 0
    precision = 1.0 * num_same / len(prediction_tokens)
    recall = 1.0 * num_same / len(ground_truth_tokens)
    f1 = (2 * precision * recall) / (precision + recall)
    return f1


def exact_match_score(prediction, ground_truth):
    return normalize_answer(prediction) == normalize_answer(ground_truth)


def metric_max_over_ground_truths(metric_fn, prediction, ground_truths):
    scores_for_ground_truths = []
    for ground_truth in ground_truths:
        score = metric_fn(prediction, ground_truth)
        scores_for_ground_truths.append(score)
    return max(scores_for_ground_truths)


def evaluate(dataset, predictions, keep=lambda qa: True, prepare=lambda text: text):
    f1 = exact_match = total = 0
    for article in dataset:
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                if not keep(qa):
                    continue
                total += 1
                if qa["id"] not in predictions:
                    message = "Unanswered question " + qa["id"] + " will receive score 0."
                    print(message, file=sys.stderr)
                    continue
                ground_truths = list(map(lambda x: prepare(x["text"]), qa["answers"]))
                prediction = prepare(predictions[qa["id"]])
                exact_match += metric_max_over_ground_truths(exact_match_score, prediction, ground_truths)
                f1 += metric_max_over_ground_truths(f1_score, prediction, ground_truths)

    exact_match = 100.0 * exact_match / total if total else 0.0
    f1 = 100.0 * f1 / total if total else 0.0

    return {"exact_match": exact_match, "f1": f1}, total


# --- Subset filters (not part of the official script). ----------------------------------------------------------

PREPOSITIONS = set(
    "about above across after against along amid among around as at before behind below beneath beside besides "
    "between beyond by despite during except for from in inside into like near of off on onto out outside over "
    "past per since than through throughout till to toward towards under underneath unlike until unto up upon via "
    "with within without".split()
)


def opening(question):
    """The bucket of a question, as `QuestionOpening` in InquireKit: its first word, or its second after a
    preposition; words are runs of letters and digits."""
    words = [w.lower() for w in re.findall(r"[^\W_]+", question)][:3]
    if words and words[0] in PREPOSITIONS:
        words = words[1:]
    first = words[0] if words else ""
    if first in ("who", "whom", "whose"):
        return "who"
    if first in ("where", "when", "what", "which", "why"):
        return first
    if first == "how":
        second = words[1] if len(words) > 1 else ""
        return {"many": "how-many", "much": "how-much"}.get(second, "how")
    return "other"


CURLY_QUOTES = re.compile("[\u2018-\u201f]")


def fold_curly_quotes(text):
    """Curly quotes folded to straight ones, which the official normalisation then removes as punctuation."""
    return CURLY_QUOTES.sub("", text)


def read_ids(path):
    """Ids from a JSON object (its keys), a JSON array, or a text file with one id a line."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        value = json.loads(text)
        return set(value.keys() if isinstance(value, dict) else value)
    except json.JSONDecodeError:
        return {line.strip() for line in text.splitlines() if line.strip()}


def main():
    parser = argparse.ArgumentParser(description="Evaluation for SQuAD 1.1 (official rules)")
    parser.add_argument("dataset_file", help="Dataset file")
    parser.add_argument("prediction_file", help="Prediction File")
    parser.add_argument("--ids", help="score only the question ids listed in this file")
    parser.add_argument("--opening", help="score only questions with these openings, e.g. who,where,how-many")
    parser.add_argument("--fold-curly-quotes", action="store_true", help="remove curly quotes first, as inquire does")
    args = parser.parse_args()
    expected_version = "1.1"
    with open(args.dataset_file, encoding="utf-8") as dataset_file:
        dataset_json = json.load(dataset_file)
        if dataset_json.get("version") != expected_version:
            print(
                "Evaluation expects v-" + expected_version + ", but got dataset with v-"
                + str(dataset_json.get("version")),
                file=sys.stderr,
            )
        dataset = dataset_json["data"]
    with open(args.prediction_file, encoding="utf-8") as prediction_file:
        predictions = json.load(prediction_file)
    ids = read_ids(args.ids) if args.ids else None
    openings = set(args.opening.split(",")) if args.opening else None

    def keep(qa):
        if ids is not None and qa["id"] not in ids:
            return False
        if openings is not None and opening(qa["question"]) not in openings:
            return False
        return True

    prepare = fold_curly_quotes if args.fold_curly_quotes else (lambda text: text)
    scores, total = evaluate(dataset, predictions, keep, prepare)
    print("scored %d questions" % total, file=sys.stderr)
    print(json.dumps(scores))


if __name__ == "__main__":
    main()
