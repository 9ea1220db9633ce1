#!/usr/bin/env python3
"""Prints the README's peer table from bench_peers.py results: medians over repeats per (corpus, peer), and each
peer's figures as ratios to inquire's measured in the same run.

Usage: scripts/bench_table.py RESULTS.jsonl [--markdown]
Ratios: "build ×" is inquire's sentences/s over the peer's (above 1: inquire builds faster); "p50 ×" and "p99 ×" are
the peer's latency over inquire's (above 1: inquire answers faster).
"""
import argparse
import json
import statistics


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--markdown", action="store_true")
    a = ap.parse_args()
    groups = {}
    with open(a.results) as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            if "error" in r:
                continue
            groups.setdefault((r["corpus"], r["peer"]), []).append(r)
    med = lambda rs, key: statistics.median(r[key] for r in rs)
    corpora = sorted({c for c, _ in groups}, key=lambda c: groups[next(k for k in groups if k[0] == c)][0]["n_sentences"])
    header = ["corpus", "peer", "runs", "build sent/s", "build cpu s", "index MB", "q p50 ms", "q p99 ms",
              "build ×", "p50 ×", "p99 ×"]
    rows = []
    for corpus in corpora:
        ours = groups.get((corpus, "inquire"))
        peers = sorted((p for c, p in groups if c == corpus), key=lambda p: (p != "inquire", p))
        for peer in peers:
            rs = groups[(corpus, peer)]
            row = [corpus, peer, str(len(rs)), f"{med(rs, 'sentences_per_s'):,.0f}", f"{med(rs, 'build_cpu_s'):.2f}",
                   f"{med(rs, 'index_rss_mb'):,.1f}", f"{med(rs, 'q_p50_ms'):.3f}", f"{med(rs, 'q_p99_ms'):.3f}"]
            if ours and peer != "inquire":
                row += [f"{med(ours, 'sentences_per_s') / med(rs, 'sentences_per_s'):.1f}",
                        f"{med(rs, 'q_p50_ms') / med(ours, 'q_p50_ms'):.1f}",
                        f"{med(rs, 'q_p99_ms') / med(ours, 'q_p99_ms'):.1f}"]
            else:
                row += ["", "", ""]
            rows.append(row)
    if a.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" for _ in header) + "|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
        print("  ".join(h.rjust(widths[i]) for i, h in enumerate(header)))
        for row in rows:
            print("  ".join(c.rjust(widths[i]) for i, c in enumerate(row)))
    extra = [(c, r) for (c, p), rs in groups.items() if p == "inquire" for r in rs]
    if extra:
        print()
        for corpus in corpora:
            rs = groups.get((corpus, "inquire"))
            if not rs:
                continue
            print(f"inquire {corpus}: index {med(rs, 'index_bytes_per_sentence'):.1f} bytes/sentence, "
                  f"file {med(rs, 'file_mb'):.1f} MB, saved index loaded in {med(rs, 'index_load_s') * 1000:.0f} ms, "
                  f"CLI wall {med(rs, 'cli_wall_s'):.2f} s (load {med(rs, 'load_s'):.2f} s, write {med(rs, 'write_s'):.2f} s)")


if __name__ == "__main__":
    main()
