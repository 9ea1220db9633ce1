#!/usr/bin/env bash
# Installs inquire under a prefix, or removes what an earlier run installed there.
#
#   scripts/install.sh [--prefix DIR]        build (release, static Swift runtime) and install
#   scripts/install.sh [--prefix DIR] --uninstall
#
# The prefix is --prefix, else $PREFIX, else ~/.local. $DESTDIR, when set, is put before every path written (for
# packagers: files land in $DESTDIR$PREFIX but are laid out for $PREFIX). $INQUIRE_BUILD_PATH names the SwiftPM
# build folder (default: the package's .build).
#
# What goes where:
#   PREFIX/bin/inquire                                         the binary
#   PREFIX/share/inquire/                                      its data: lexicons, gazetteer/, models/ (once they
#                                                              exist), corpus/ (the default corpus), build-info.txt
#   PREFIX/share/man/man1/inquire.1                            the man page (argument-parser's generate-manual)
#   PREFIX/share/bash-completion/completions/inquire           bash completion
#   PREFIX/share/zsh/site-functions/_inquire                   zsh completion
#   PREFIX/share/fish/vendor_completions.d/inquire.fish        fish completion
#   PREFIX/share/inquire/install-manifest.txt                  every file and folder this run created, so that
#                                                              --uninstall removes exactly those
set -euo pipefail

usage() {
    sed -n '2,20s/^# \{0,1\}//p' "$0"
}

prefix="${PREFIX:-$HOME/.local}"
uninstall=false
while [[ $# -gt 0 ]]; do
    case "$1" in
    --prefix)
        [[ $# -ge 2 && -n "$2" ]] || { echo "install.sh: --prefix needs a folder" >&2; exit 64; }
        prefix="$2"
        shift 2
        ;;
    --prefix=*)
        prefix="${1#--prefix=}"
        shift
        ;;
    --uninstall)
        uninstall=true
        shift
        ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        echo "install.sh: unknown argument '$1' (see --help)" >&2
        exit 64
        ;;
    esac
done
[[ -n "$prefix" ]] || { echo "install.sh: the prefix is empty" >&2; exit 64; }
case "$prefix" in
/*) ;;
*) prefix="$(pwd)/$prefix" ;;
esac
prefix="${prefix%/}"
root="${DESTDIR:-}$prefix"
manifest_name="share/inquire/install-manifest.txt"
manifest="$root/$manifest_name"

# --uninstall: remove the files listed in the manifest, then the folders it lists (deepest first) if empty.
if $uninstall; then
    if [[ ! -f "$manifest" ]]; then
        echo "install.sh: no installation found: $manifest is missing" >&2
        exit 1
    fi
    # The manifest lists files ("f path") and the folders the install created ("d path"), relative to the prefix.
    while IFS=' ' read -r kind path; do
        if [[ "$kind" == f && "$path" != "$manifest_name" ]]; then rm -f -- "$root/$path"; fi
    done <"$manifest"
    # Deepest first: in reverse order a folder comes before its parent, and "." (the prefix itself) last.
    folders=$(awk '$1 == "d" { print substr($0, 3) }' "$manifest" | sort -r)
    rm -f -- "$manifest"
    while IFS= read -r path; do
        if [[ -n "$path" ]]; then rmdir -- "$root/$path" 2>/dev/null || true; fi
    done <<<"$folders"
    echo "removed inquire from $root"
    exit 0
fi

package="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_path="${INQUIRE_BUILD_PATH:-$package/.build}"
if [[ -f "$manifest" ]]; then
    echo "install.sh: inquire is already installed in $root; run with --uninstall first" >&2
    exit 1
fi

echo "building inquire (release, static Swift runtime) in $build_path …"
build=(swift build --package-path "$package" --scratch-path "$build_path" -c release --static-swift-stdlib)
"${build[@]}" --product inquire
"${build[@]}" --product generate-manual
bin="$("${build[@]}" --show-bin-path)"
commit="$(git -C "$package" describe --always --dirty --abbrev=7 2>/dev/null || echo unknown)"
version="$("$bin/inquire" --version | cut -d' ' -f1)"

staging="$(mktemp -d "${TMPDIR:-/tmp}/inquire-install.XXXXXX")"
trap 'rm -rf -- "$staging"' EXIT
mkdir -- "$staging/man"
"$bin/generate-manual" "$bin/inquire" --output-directory "$staging/man" --section 1 >/dev/null
for shell in bash zsh fish; do
    "$bin/inquire" --generate-completion-script "$shell" >"$staging/completion.$shell"
done
printf 'version %s\ncommit %s\n' "$version" "$commit" >"$staging/build-info.txt"

# Create the folders the files go in, remembering those that did not exist yet (the prefix itself as ".").
entries=()
if [[ ! -d "$root" ]]; then
    mkdir -p -- "$root"
    entries+=("d .")
fi
make_folder() {
    local relative="$1"
    if [[ "$relative" == . || -d "$root/$relative" ]]; then return 0; fi
    make_folder "$(dirname "$relative")"
    mkdir -- "$root/$relative"
    entries+=("d $relative")
}
# Install one file (mode $3) at PREFIX/$2.
put() {
    local source="$1" relative="$2" mode="$3"
    make_folder "$(dirname "$relative")"
    install -m "$mode" -- "$source" "$root/$relative"
    entries+=("f $relative")
}

put "$bin/inquire" bin/inquire 755
resources="$bin/inquire_InquireKit.resources/Resources"
while IFS= read -r -d '' file; do
    put "$file" "share/inquire/${file#"$resources"/}" 644
done < <(find "$resources" -type f -print0 | sort -z)
put "$bin/inquire_DefaultCorpus.resources/pakistan-iran-airstrikes.txt" \
    share/inquire/corpus/pakistan-iran-airstrikes.txt 644
put "$staging/build-info.txt" share/inquire/build-info.txt 644
put "$staging/man/inquire.1" share/man/man1/inquire.1 644
put "$staging/completion.bash" share/bash-completion/completions/inquire 644
put "$staging/completion.zsh" share/zsh/site-functions/_inquire 644
put "$staging/completion.fish" share/fish/vendor_completions.d/inquire.fish 644
entries+=("f $manifest_name")
printf '%s\n' "${entries[@]}" >"$manifest"
chmod 644 "$manifest"

echo "installed inquire $version (commit $commit) in $root"
case ":$PATH:" in
*":$prefix/bin:"*) ;;
*) echo "note: $prefix/bin is not on your PATH" ;;
esac
