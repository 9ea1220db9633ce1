#!/usr/bin/env python3
"""Times the shell's start: spawn to first prompt under a pseudo-terminal, with an rc file of 20 lines.

Usage: scripts/first_prompt.py BINARY [RUNS] [--without-rc]
Default 20 runs; prints each time and the median, in ms, and the CPU time the process used up to the prompt (which
depends less on the machine's load than the elapsed time). With --without-rc the rc file is empty, for comparison.
"""
import os, pty, select, statistics, sys, tempfile, time

RC = "\n".join([  # 20 lines
    "# an rc file of 20 lines",
    ":set ranking tfidf", ":set threshold 0.25", ":set alternatives 5", ":set retrieved 20",
    ":set colour on", ":set pager on", ":mode text", ":timer off",
    ":set ranking bm25", ":set ranking tfidf", ":set threshold 0.3", ":set threshold 0.25",
    ":set alternatives 4", ":set alternatives 5", ":set retrieved 25", ":set retrieved 20",
    ":mode json", ":mode text", ":set pager on",
]) + "\n"


def once(binary, home):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        env = {"HOME": home, "TERM": "xterm", "PATH": "/usr/bin:/bin", "INQUIRE_HISTORY_SIZE": "0",
               "XDG_CONFIG_HOME": home + "/config"}
        os.execve(binary, [binary], env)
    seen = b""
    while b"inquire> " not in seen:
        ready, _, _ = select.select([fd], [], [], 10)
        if not ready:
            raise SystemExit("no prompt within 10 s")
        seen += os.read(fd, 4096)
    elapsed = (time.monotonic() - start) * 1000
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")  # utime + stime, all threads
    if b"inquirerc:" in seen:
        raise SystemExit("the rc file gave an error: " + seen.decode(errors="replace"))
    os.write(fd, b"\x04")
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed, cpu


def main():
    arguments = [a for a in sys.argv[1:] if a != "--without-rc"]
    binary = os.path.abspath(arguments[0])
    runs = int(arguments[1]) if len(arguments) > 1 else 20
    rc_text = "" if "--without-rc" in sys.argv else RC
    with tempfile.TemporaryDirectory() as home:
        os.makedirs(home + "/config/inquire")
        with open(home + "/config/inquire/inquirerc", "w") as rc:
            rc.write(rc_text)
        results = [once(binary, home) for _ in range(runs)]
    times = [r[0] for r in results]
    print(" ".join(f"{t:.0f}" for t in times))
    lines = len(rc_text.splitlines())
    print(f"median {statistics.median(times):.1f} ms over {runs} starts with an rc file of {lines} lines, "
          f"load average {os.getloadavg()[0]:.1f}; CPU time to the prompt (all threads, clock ticks) median "
          f"{statistics.median(r[1] for r in results):.0f} ms, mean {statistics.mean(r[1] for r in results):.1f} ms")


if __name__ == "__main__":
    main()
