#!/usr/bin/env python3
"""Times the shell's start: spawn to first prompt under a pseudo-terminal, with an rc file of 20 lines.

Usage: scripts/first_prompt.py BINARY [RUNS]   (default 20 runs; prints each time and the median, in ms)
"""
import os, pty, select, statistics, sys, tempfile, time

RC = "\n".join([
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
    if b"inquirerc:" in seen:
        raise SystemExit("the rc file gave an error: " + seen.decode(errors="replace"))
    os.write(fd, b"\x04")
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def main():
    binary = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    with tempfile.TemporaryDirectory() as home:
        os.makedirs(home + "/config/inquire")
        with open(home + "/config/inquire/inquirerc", "w") as rc:
            rc.write(RC)
        assert len(RC.splitlines()) == 20
        times = [once(binary, home) for _ in range(runs)]
    print(" ".join(f"{t:.0f}" for t in times))
    print(f"median {statistics.median(times):.1f} ms over {runs} starts, load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
