#!/usr/bin/env python3
"""Peer benchmark for sentence-level TF-IDF / BM25 retrieval, with inquire beside the peers.

This is a copy of ../shared/bench/peers.py (the peers are unchanged) plus one peer, `inquire`, that drives the
release binary (set INQUIRE_BIN, default: .build/release/inquire in this repository):
  build    `inquire index build CORPUS -o FILE --one-sentence-per-line --json`; build_s is the in-process time
           to index the sentences already in memory (analysis with the Snowball stemmer included, both cores),
           the same span the Python peers time; the process wall time, corpus loading and file writing are
           recorded beside it (cli_wall_s, load_s, write_s).
  memory   index_rss_mb is the index's own arrays (`index_bytes`), not a process RSS difference; peak_rss_mb is
           the build process's peak RSS (corpus text, Corpus records and index together).
  queries  `inquire search --index FILE --queries Q --latency`: the same 50 warm-up + 1000 timed queries, timed
           inside the process (analyse, score, select the top 10), one at a time.
  load     `inquire index info FILE --json`: the time to read and verify the saved index (load_s).
See scripts/bench_all.sh for the runs reported in the README.

For each (peer, corpus) it measures, in a fresh worker process per repeat:
  * index build time (wall and CPU) and sentences/s, tokenisation included;
  * memory: RSS after loading the sentences (base), RSS after the build,
    peak RSS (VmHWM, reset after loading so it covers build + queries);
  * query latency over a fixed, deterministic query set (top-10), median
    and p99, after a warm-up; end-to-end per query: analyse the query
    string, score, select and return the top-10 sentence ids.

Usage:
  peers.py run   --corpus corpus/real-10k.txt [--peers a,b] [--repeats 3]
                 [--queries 1000] [--query-budget-s 120] [--out results/results.jsonl]
  peers.py table results/results.jsonl [--markdown]
  peers.py queries --corpus corpus/real-10k.txt > queries.txt   (50 warm-up + 1000 timed)

One JSON object per line is appended to --out for every (peer, corpus,
repeat); `table` prints the median over repeats for each (peer, corpus).

Common analysis rules (applied wherever the peer allows it):
  lowercase; tokens are maximal runs of Unicode letters/digits ([^\\W_]+);
  stop words = scikit-learn's ENGLISH_STOP_WORDS (318 words); no stemming.

Peers:
  sklearn-inv  TfidfVectorizer(sublinear_tf, smooth idf, l2); query = q . X^T
               with X^T kept as CSR (a term-major inverted index), top-k by
               argpartition.  Cosine similarity (rows are L2-normalised).
  sklearn-lk   same model; query = linear_kernel(q, X) (the idiomatic call;
               scipy re-lays out X^T every query), top-k by argpartition.
  bm25s        bm25s.tokenize (same pattern + stop list) + BM25 "lucene"
               k1=1.5 b=0.75, numpy backend, n_threads=0 (single thread).
  bm25s-nosimd the same, with NPY_DISABLE_CPU_FEATURES="X86_V3 X86_V4 AVX512_ICL"
               (numpy 2.4.6's SIMD argpartition is pathological on mostly-zero
               score arrays: 13 ms vs 0.24 ms for 100k floats on this CPU).
  rank_bm25    BM25Okapi(k1=1.5, b=0.75, eps=0.25) over our tokeniser's
               output (rank_bm25 has no tokeniser); pure Python scoring.
  tantivy      tantivy-py, RAM index, analyzer simple+lowercase+custom
               stopwords, index_option="freq", writer num_threads=1,
               BM25 k1=1.2 b=0.75, ids via an i64 fast field, count=False.
  xapian       Debian python3-xapian 1.4 (runs under /usr/bin/python3),
               on-disk glass DB in a temp dir, terms added from our tokeniser
               (doc.add_term), BM25Weight defaults (k1=1, b=0.5), OP_OR.
"""
import argparse
import gc
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN_PATTERN = r"(?u)[^\W_]+"
TOKEN_RE = re.compile(TOKEN_PATTERN)
ALL_PEERS = ["sklearn-inv", "sklearn-lk", "bm25s", "bm25s-nosimd", "rank_bm25", "tantivy", "xapian", "inquire"]
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# numpy 2.4's x86-simd-sort argpartition is ~50x slower on score arrays that are
# mostly 0.0 (ties), which is what bm25s.retrieve partitions.  This variant runs
# bm25s with numpy's AVX2/AVX-512 dispatch switched off to show the difference.
PEER_ENV = {"bm25s-nosimd": {"NPY_DISABLE_CPU_FEATURES": "X86_V3 X86_V4 AVX512_ICL"}}
SYSTEM_PYTHON = "/usr/bin/python3"       # where Debian's python3-xapian lives
THREAD_ENV = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                               "NUMBA_NUM_THREADS", "RAYON_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")}


# ---------------------------------------------------------------- helpers
def _status_mb(key):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def rss_mb():
    return _status_mb("VmRSS:")


def maxrss_mb():
    """Peak RSS of this process image (VmHWM).  ru_maxrss is not used: after
    fork/exec it can carry the parent's high-water mark."""
    return _status_mb("VmHWM:")


def reset_peak_rss():
    """Reset VmHWM to the current RSS (Linux >= 4.0); False if not allowed."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def cpu_s():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def pct(sorted_vals, p):
    if not sorted_vals:
        return float("nan")
    k = (len(sorted_vals) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(sorted_vals) - 1)
    return sorted_vals[lo] + (sorted_vals[hi] - sorted_vals[lo]) * (k - lo)


def load_sentences(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def make_queries(sentences, stop, n, seed=12345):
    """n deterministic 2-4 word queries made of content words of random sentences."""
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        s = sentences[rng.randrange(len(sentences))]
        words = list(dict.fromkeys(t for t in TOKEN_RE.findall(s.lower()) if t not in stop))
        if len(words) < 2:
            continue
        k = min(rng.choice((2, 3, 4)), len(words))
        out.append(" ".join(rng.sample(words, k)))
    return out


def top_k_dense(scores, k, np):
    n = scores.shape[0]
    if n <= k:
        idx = np.arange(n)
    else:
        idx = np.argpartition(-scores, k)[:k]
    idx = idx[np.argsort(-scores[idx], kind="stable")]
    return [int(i) for i in idx if scores[i] > 0]


# ---------------------------------------------------------------- peers
def peer_sklearn(sentences, stop, variant):
    import numpy as np
    import scipy
    import sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import linear_kernel

    def build():
        vec = TfidfVectorizer(lowercase=True, token_pattern=TOKEN_PATTERN, stop_words=sorted(stop),
                              sublinear_tf=True, smooth_idf=True, norm="l2")
        X = vec.fit_transform(sentences)
        XT = X.T.tocsr() if variant == "inv" else None
        return vec, X, XT

    def search(state, q, k=10):
        vec, X, XT = state
        v = vec.transform([q])
        if variant == "inv":
            s = v @ XT                              # 1 x N sparse
            data, idx = s.data, s.indices
            if data.size > k:
                sel = np.argpartition(-data, k)[:k]
                data, idx = data[sel], idx[sel]
            order = np.argsort(-data, kind="stable")
            return [int(idx[i]) for i in order]
        scores = linear_kernel(v, X).ravel()
        return top_k_dense(scores, k, np)

    info = {"version": f"scikit-learn {sklearn.__version__}, scipy {scipy.__version__}, numpy {np.__version__}",
            "scoring": "tf-idf cosine (sublinear tf, smooth idf, l2)",
            "tokenizer": "identical (token_pattern + stop list)"}
    return build, search, info


def peer_bm25s(sentences, stop):
    import bm25s
    import numpy as np
    stoplist = sorted(stop)

    def build():
        tok = bm25s.tokenize(sentences, lower=True, token_pattern=TOKEN_PATTERN, stopwords=stoplist,
                             show_progress=False)
        r = bm25s.BM25(k1=1.5, b=0.75, method="lucene")
        r.index(tok, show_progress=False)
        return r

    def search(r, q, k=10):
        qt = bm25s.tokenize([q], lower=True, token_pattern=TOKEN_PATTERN, stopwords=stoplist,
                            show_progress=False)
        docs, scores = r.retrieve(qt, k=min(k, len(sentences)), show_progress=False, n_threads=0)
        return [int(d) for d, s in zip(docs[0], scores[0]) if s > 0]

    info = {"version": f"bm25s {bm25s.__version__}, numpy {np.__version__}",
            "scoring": "BM25 lucene k1=1.5 b=0.75",
            "tokenizer": "identical (bm25s.tokenize token_pattern + stop list)"}
    return build, search, info


def peer_rank_bm25(sentences, stop):
    import numpy as np
    from rank_bm25 import BM25Okapi
    from importlib.metadata import version

    def tok(s):
        return [t for t in TOKEN_RE.findall(s.lower()) if t not in stop]

    def build():
        return BM25Okapi([tok(s) for s in sentences], k1=1.5, b=0.75, epsilon=0.25)

    def search(bm, q, k=10):
        return top_k_dense(bm.get_scores(tok(q)), k, np)

    info = {"version": f"rank_bm25 {version('rank_bm25')}, numpy {np.__version__}",
            "scoring": "BM25Okapi k1=1.5 b=0.75 eps=0.25",
            "tokenizer": "identical (our regex; rank_bm25 takes token lists)"}
    return build, search, info


def peer_tantivy(sentences, stop):
    import tantivy
    from importlib.metadata import version

    def build():
        sb = tantivy.SchemaBuilder()
        sb.add_text_field("body", stored=False, tokenizer_name="bench", index_option="freq")
        sb.add_integer_field("id", stored=False, indexed=False, fast=True)
        index = tantivy.Index(sb.build())                 # RAM directory
        analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                    .filter(tantivy.Filter.lowercase())
                    .filter(tantivy.Filter.custom_stopword(sorted(stop)))
                    .build())
        index.register_tokenizer("bench", analyzer)
        writer = index.writer(heap_size=128_000_000, num_threads=1)
        for i, s in enumerate(sentences):
            writer.add_document(tantivy.Document(body=s, id=i))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        return index, index.searcher()

    def search(state, q, k=10):
        index, searcher = state
        query = index.parse_query(q, ["body"])
        hits = searcher.search(query, k, count=False).hits
        return searcher.fast_field_values("id", [addr for _, addr in hits])

    info = {"version": f"tantivy-py {version('tantivy')}",
            "scoring": "BM25 k1=1.2 b=0.75",
            "tokenizer": "equivalent (simple tokenizer = split on non-alphanumeric, lowercase, custom stop list)"}
    return build, search, info


def peer_xapian(sentences, stop):
    import xapian
    tmp = tempfile.mkdtemp(prefix="xapian-bench-")

    def tok(s):
        return [t for t in TOKEN_RE.findall(s.lower()) if t not in stop]

    def build():
        db = xapian.WritableDatabase(os.path.join(tmp, "db"), xapian.DB_CREATE_OR_OVERWRITE)
        for s in sentences:
            doc = xapian.Document()
            for t in tok(s):
                doc.add_term(t)
            db.add_document(doc)
        db.commit()
        return db, xapian.Enquire(db)

    def search(state, q, k=10):
        db, enq = state
        enq.set_query(xapian.Query(xapian.Query.OP_OR, tok(q)))
        return [m.docid - 1 for m in enq.get_mset(0, k)]

    info = {"version": f"xapian {xapian.version_string()} (Debian python3-xapian)",
            "scoring": "BM25Weight defaults k1=1 k2=0 k3=1 b=0.5",
            "tokenizer": "identical (our regex via doc.add_term; TermGenerator not used)",
            "_cleanup": lambda: shutil.rmtree(tmp, ignore_errors=True)}
    return build, search, info


def get_peer(name, sentences, stop):
    if name == "sklearn-inv":
        return peer_sklearn(sentences, stop, "inv")
    if name == "sklearn-lk":
        return peer_sklearn(sentences, stop, "lk")
    if name in ("bm25s", "bm25s-nosimd"):
        return peer_bm25s(sentences, stop)
    if name == "rank_bm25":
        return peer_rank_bm25(sentences, stop)
    if name == "tantivy":
        return peer_tantivy(sentences, stop)
    if name == "xapian":
        return peer_xapian(sentences, stop)
    raise SystemExit(f"unknown peer {name}")


# ---------------------------------------------------------------- inquire (the release binary)
def inquire_worker(a, qd):
    binary = os.environ.get("INQUIRE_BIN", os.path.join(REPO, ".build", "release", "inquire"))
    tmp = tempfile.mkdtemp(prefix="inquire-bench-")
    try:
        index_file = os.path.join(tmp, "corpus.idx")
        query_file = os.path.join(tmp, "queries.txt")
        with open(query_file, "w", encoding="utf-8") as f:
            for q in qd["warmup"] + qd["queries"]:
                f.write(q + "\n")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        out = subprocess.run([binary, "index", "build", a.corpus, "-o", index_file, "--one-sentence-per-line",
                              "--json"], capture_output=True, text=True, check=True).stdout
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        built = json.loads(out.strip().splitlines()[-1])
        info = json.loads(subprocess.run([binary, "index", "info", index_file, "--json"], capture_output=True,
                                         text=True, check=True).stdout)
        lat = json.loads(subprocess.run([binary, "search", "--index", index_file, "--queries", query_file,
                                         "--latency", "--warmup", str(len(qd["warmup"]))], capture_output=True,
                                        text=True, check=True).stdout)
        n = built["sentences"]
        rec = {
            "peer": "inquire", "corpus": os.path.basename(a.corpus), "n_sentences": n,
            "corpus_mb": round(os.path.getsize(a.corpus) / 1e6, 2), "repeat": a.repeat,
            "build_s": round(built["build_s"], 4),
            "build_cpu_s": round(built.get("build_cpu_s", float("nan")), 4),
            "cli_cpu_s": round((after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime), 4),
            "sentences_per_s": round(n / built["build_s"], 1),
            "cli_wall_s": round(wall, 4), "load_s": built["load_s"], "write_s": built["write_s"],
            "base_rss_mb": 0.0, "rss_after_build_mb": 0.0,
            "index_rss_mb": round(built["index_bytes"] / 1e6, 1),
            "index_bytes_per_sentence": round(built["index_bytes"] / max(1, n), 1),
            "file_mb": round(built["file_bytes"] / 1e6, 1), "index_load_s": info["load_s"],
            "peak_rss_mb": round(after.ru_maxrss / 1024.0, 1), "peak_reset_after_load": False,
            "build_peak_over_base_mb": 0.0,
            "q_n": lat["queries"], "q_planned": len(qd["queries"]), "q_warmup": len(qd["warmup"]),
            "q_p50_ms": lat["p50_ms"], "q_p99_ms": lat["p99_ms"], "q_mean_ms": lat["mean_ms"],
            "q_nonempty_frac": float("nan"),
            "version": "inquire (this repository, release build)",
            "scoring": "tf-idf cosine (sublinear tf, smooth idf, l2), as sklearn",
            "tokenizer": "inquire's Analyzer: its tokenizer, Snowball stop words (174), Snowball stemmer",
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        print("RESULT " + json.dumps(rec), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- worker
def worker(a):
    with open(a.qfile) as f:
        qd = json.load(f)
    if a.peer == "inquire":
        return inquire_worker(a, qd)
    stop = frozenset(qd["stopwords"])
    queries, warm = qd["queries"], qd["warmup"]
    sentences = load_sentences(a.corpus)
    build, search, info = get_peer(a.peer, sentences, stop)
    gc.collect()
    base_rss = rss_mb()
    hwm_reset = reset_peak_rss()      # peak figures then exclude corpus loading
    c0, t0 = cpu_s(), time.perf_counter()
    state = build()
    build_s = time.perf_counter() - t0
    build_cpu = cpu_s() - c0
    peak_after_build = maxrss_mb()
    gc.collect()
    rss_after = rss_mb()

    for q in warm:
        search(state, q)
    lat, nonempty, budget = [], 0, a.query_budget_s
    tq0 = time.perf_counter()
    for q in queries:
        t = time.perf_counter()
        res = search(state, q)
        lat.append(time.perf_counter() - t)
        nonempty += 1 if len(res) > 0 else 0
        if time.perf_counter() - tq0 > budget and len(lat) >= 50:
            break
    lat.sort()
    cleanup = info.pop("_cleanup", None)
    rec = {
        "peer": a.peer, "corpus": os.path.basename(a.corpus), "n_sentences": len(sentences),
        "corpus_mb": round(os.path.getsize(a.corpus) / 1e6, 2), "repeat": a.repeat,
        "build_s": round(build_s, 4), "build_cpu_s": round(build_cpu, 4),
        "sentences_per_s": round(len(sentences) / build_s, 1),
        "base_rss_mb": round(base_rss, 1), "rss_after_build_mb": round(rss_after, 1),
        "index_rss_mb": round(rss_after - base_rss, 1),
        "peak_rss_mb": round(maxrss_mb(), 1), "peak_reset_after_load": hwm_reset,
        "build_peak_over_base_mb": round(peak_after_build - base_rss, 1),
        "q_n": len(lat), "q_planned": len(queries), "q_warmup": len(warm),
        "q_p50_ms": round(pct(lat, 50) * 1e3, 4), "q_p99_ms": round(pct(lat, 99) * 1e3, 4),
        "q_mean_ms": round(statistics.fmean(lat) * 1e3, 4) if lat else None,
        "q_nonempty_frac": round(nonempty / max(1, len(lat)), 4),
        "python": platform.python_version(), **info,
        "npy_disable_cpu_features": os.environ.get("NPY_DISABLE_CPU_FEATURES", ""),
        "ts": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    if cleanup:
        cleanup()
    print("RESULT " + json.dumps(rec), flush=True)


# ---------------------------------------------------------------- orchestrator
def interpreter_for(peer):
    if peer == "xapian":
        try:
            import xapian  # noqa: F401
            return sys.executable
        except ImportError:
            return SYSTEM_PYTHON
    return sys.executable


def run(a):
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    stop = sorted(ENGLISH_STOP_WORDS)
    peers = a.peers.split(",") if a.peers else ALL_PEERS
    sentences = load_sentences(a.corpus)
    qs = make_queries(sentences, frozenset(stop), a.queries + a.warmup)
    del sentences
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    qfile = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    json.dump({"stopwords": stop, "warmup": qs[:a.warmup], "queries": qs[a.warmup:]}, qfile)
    qfile.close()
    env = dict(os.environ, **THREAD_ENV)
    try:
        for rep in range(1, a.repeats + 1):
            for peer in peers:
                penv = dict(env, **PEER_ENV.get(peer, {}))
                cmd = [interpreter_for(peer), os.path.abspath(__file__), "worker", "--peer", peer,
                       "--corpus", a.corpus, "--qfile", qfile.name, "--repeat", str(rep),
                       "--query-budget-s", str(a.query_budget_s)]
                t0 = time.time()
                try:
                    p = subprocess.run(cmd, env=penv, capture_output=True, text=True, timeout=a.timeout_s)
                    lines = [l for l in p.stdout.splitlines() if l.startswith("RESULT ")]
                    if p.returncode != 0 or not lines:
                        rec = {"peer": peer, "corpus": os.path.basename(a.corpus), "repeat": rep,
                               "error": f"rc={p.returncode}", "stderr_tail": p.stderr[-2000:]}
                    else:
                        rec = json.loads(lines[-1][7:])
                except subprocess.TimeoutExpired:
                    rec = {"peer": peer, "corpus": os.path.basename(a.corpus), "repeat": rep,
                           "error": f"timeout after {a.timeout_s}s"}
                rec["host_nproc"] = os.cpu_count()
                with open(a.out, "a") as f:
                    f.write(json.dumps(rec) + "\n")
                if "error" in rec:
                    print(f"[{peer} rep{rep}] ERROR {rec['error']} {rec.get('stderr_tail', '')[-500:]}",
                          file=sys.stderr, flush=True)
                else:
                    print(f"[{peer} {rec['corpus']} rep{rep}] build {rec['build_s']:.2f}s "
                          f"({rec['sentences_per_s']:.0f} sent/s, cpu {rec['build_cpu_s']:.1f}s) "
                          f"peak {rec['peak_rss_mb']:.0f}MB index {rec['index_rss_mb']:.0f}MB  "
                          f"q p50 {rec['q_p50_ms']:.3f}ms p99 {rec['q_p99_ms']:.3f}ms n={rec['q_n']} "
                          f"({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)
    finally:
        os.unlink(qfile.name)
    table(argparse.Namespace(files=[a.out], markdown=False, corpus=os.path.basename(a.corpus)))


def dump_queries(a):
    """Print the warm-up + timed queries for a corpus, one per line (for a non-Python peer)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    stop = frozenset(ENGLISH_STOP_WORDS)
    for q in make_queries(load_sentences(a.corpus), stop, a.queries + a.warmup):
        print(q)


def table(a):
    rows = []
    for path in a.files:
        with open(path) as f:
            rows += [json.loads(l) for l in f if l.strip()]
    groups = {}
    for r in rows:
        if "error" in r or (getattr(a, "corpus", None) and r["corpus"] != a.corpus):
            continue
        groups.setdefault((r["corpus"], r["peer"]), []).append(r)
    order = {p: i for i, p in enumerate(ALL_PEERS)}
    keys = sorted(groups, key=lambda k: (groups[k][0]["n_sentences"], k[0], order.get(k[1], 99)))
    med = lambda rs, f: statistics.median(r[f] for r in rs)
    hdr = ["corpus", "sentences", "peer", "runs", "build s", "sent/s", "build cpu s", "base MB",
           "peak MB", "peak-base MB", "kept MB", "q p50 ms", "q p99 ms", "queries", "nonempty"]
    lines = []
    for k in keys:
        rs = groups[k]
        lines.append([k[0], str(rs[0]["n_sentences"]), k[1], str(len(rs)),
                      f"{med(rs, 'build_s'):.2f}", f"{med(rs, 'sentences_per_s'):,.0f}",
                      f"{med(rs, 'build_cpu_s'):.2f}", f"{med(rs, 'base_rss_mb'):,.0f}",
                      f"{med(rs, 'peak_rss_mb'):,.0f}", f"{med(rs, 'build_peak_over_base_mb'):,.0f}",
                      f"{med(rs, 'index_rss_mb'):,.0f}", f"{med(rs, 'q_p50_ms'):.3f}",
                      f"{med(rs, 'q_p99_ms'):.3f}", str(int(med(rs, 'q_n'))),
                      f"{med(rs, 'q_nonempty_frac'):.3f}"])
        if getattr(a, "spread", False):
            rng = lambda f: f"{min(r[f] for r in rs):.3g}-{max(r[f] for r in rs):.3g}"
            lines[-1] += [rng("build_s"), rng("q_p50_ms"), rng("q_p99_ms")]
    if getattr(a, "spread", False):
        hdr += ["build s min-max", "p50 min-max", "p99 min-max"]
    if a.markdown:
        print("| " + " | ".join(hdr) + " |")
        print("|" + "|".join("---" for _ in hdr) + "|")
        for l in lines:
            print("| " + " | ".join(l) + " |")
    else:
        w = [max(len(h), *(len(l[i]) for l in lines)) if lines else len(h) for i, h in enumerate(hdr)]
        print("  ".join(h.rjust(w[i]) for i, h in enumerate(hdr)))
        for l in lines:
            print("  ".join(c.rjust(w[i]) for i, c in enumerate(l)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--corpus", required=True)
    r.add_argument("--peers", default="")
    r.add_argument("--repeats", type=int, default=3)
    r.add_argument("--queries", type=int, default=1000)
    r.add_argument("--warmup", type=int, default=50)
    r.add_argument("--query-budget-s", type=float, default=120.0)
    r.add_argument("--timeout-s", type=float, default=1800.0)
    r.add_argument("--out", default=os.path.join(os.environ.get("BENCH_WORK", HERE), "results", "results.jsonl"))
    w = sub.add_parser("worker")
    w.add_argument("--peer", required=True)
    w.add_argument("--corpus", required=True)
    w.add_argument("--qfile", required=True)
    w.add_argument("--repeat", type=int, default=1)
    w.add_argument("--query-budget-s", type=float, default=120.0)
    d = sub.add_parser("queries", help="print the query set (first --warmup lines are warm-up)")
    d.add_argument("--corpus", required=True)
    d.add_argument("--queries", type=int, default=1000)
    d.add_argument("--warmup", type=int, default=50)
    t = sub.add_parser("table")
    t.add_argument("files", nargs="+")
    t.add_argument("--markdown", action="store_true")
    t.add_argument("--spread", action="store_true", help="add min-max over repeats")
    a = ap.parse_args()
    {"run": run, "worker": worker, "table": table, "queries": dump_queries}[a.cmd](a)


if __name__ == "__main__":
    main()
