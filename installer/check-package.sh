#!/bin/sh
# Checks the Linux packages end to end: installer/check-package.sh BUILD_DIR
#
#  1. builds tricheck_<version>_<arch>.deb and tricheck-<version>-Linux-<arch>.tar.gz with CPack
#     from BUILD_DIR (into a temporary directory; the build tree is left alone);
#  2. checks the control fields (Depends from dpkg-shlibdeps plus the run-time plugins and data),
#     the file list, lintian (no errors, no warnings: the few accepted tags are lintian overrides
#     shipped in the package, each with its reason), desktop-file-validate and
#     appstreamcli validate --no-net, and that the changelog, the AppStream release and the icons
#     agree with the sources;
#  3. installs the package: for real with `apt-get install` when run as root with
#     TRICHECK_PACKAGE_INSTALL=1 (CI sets it; nothing else ever touches the system's packages),
#     otherwise with `dpkg -x` into a temporary root;
#  4. runs what was installed: tricheck-cli --version, tricheck --selftest offscreen in Chinese and
#     in English, a check that every shared object and catalogue the app loads belongs to a
#     package in the dependency closure of the .deb, and tricheck-cli verify against an installed
#     tricheck-cli sandbox (when the CLI has both commands);
#  5. after a real install: `apt-get purge` and a check that no packaged file is left behind.
# Registered with CTest as package_check (label "package"). Needs: cmake/cpack, dpkg-dev, fakeroot,
# lintian, desktop-file-utils, appstream, help2man (for the man page), file.
set -eu

build=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tricheck-package.XXXXXX")
chmod 755 "$tmp" # apt's unprivileged fetcher must be able to read the .deb
sandbox_pid=""
installed_for_real=no

cleanup() {
    if [ -n "$sandbox_pid" ]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { printf '== %s\n' "$*"; }
ok() { printf '   ok: %s\n' "$*"; }
fail() {
    printf 'check-package: FAIL: %s\n' "$*" >&2
    if [ "$installed_for_real" = yes ]; then
        echo "check-package: removing the installed package" >&2
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq tricheck >/dev/null 2>&1 || true
    fi
    exit 1
}
contains_line() { printf '%s\n' "$1" | grep -qxF -- "$2"; }

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
arch=$(dpkg --print-architecture)

# ---------------------------------------------------------------------------------------------
step "Building the packages with CPack (version $version)"
mkdir -p "$tmp/out"
if ! cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    fail "cpack failed"
fi
deb="$tmp/out/tricheck_${version}_${arch}.deb"
tgz=$(ls "$tmp"/out/tricheck-"$version"-Linux-*.tar.gz 2>/dev/null | head -n 1)
[ -f "$deb" ] || fail "no $deb (cpack made: $(ls "$tmp/out"))"
[ -n "$tgz" ] || fail "no tricheck-$version-Linux-*.tar.gz (cpack made: $(ls "$tmp/out"))"
chmod 644 "$deb"
ok "$(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), $(basename "$tgz") ($(du -k "$tgz" | cut -f1) KiB)"

# ---------------------------------------------------------------------------------------------
step "Control fields"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = tricheck ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project is $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = utils ] || fail "Section is '$(field Section)'"
field Maintainer | grep -q '<.*@.*>' || fail "Maintainer has no address: '$(field Maintainer)'"
depends=$(field Depends | tr ',' '\n' | sed 's/^ *//; s/ *(.*//')
# From dpkg-shlibdeps (linked libraries) and from CPACK_DEBIAN_PACKAGE_DEPENDS (loaded at run time;
# libxlsxwriter is dlopen()ed; the system's CA certificates verify Alibaba Cloud's).
for p in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libquazip1-qt6-1 libxlsxwriter4 \
    libqt6charts6 libqt6printsupport6 \
    qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n ca-certificates; do
    contains_line "$depends" "$p" || fail "Depends lacks $p: $(field Depends)"
done
field Depends | grep -qw fonts-noto-cjk || fail "Depends lacks a CJK font (the PDFs embed it): $(field Depends)"
field Recommends | grep -qw gnome-keyring || fail "Recommends lacks gnome-keyring"
[ "$(field Description | wc -l)" -ge 3 ] || fail "Description has no long description"
ok "Depends: $(field Depends)"
ok "Recommends: $(field Recommends)"

# ---------------------------------------------------------------------------------------------
step "Contents"
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/contents"
app_id=io.github.tricheck.TriCheck
for f in /usr/bin/tricheck /usr/bin/tricheck-cli \
    /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    /usr/share/man/man1/tricheck.1.gz /usr/share/man/man1/tricheck-cli.1.gz \
    /usr/share/doc/tricheck/copyright /usr/share/doc/tricheck/changelog.gz; do
    grep -qxF "$f" "$tmp/contents" || fail "$f is not in the package"
done
for size in 16 22 24 32 48 64 128 256; do
    grep -qxF "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" "$tmp/contents" ||
        fail "the ${size}x${size} icon is not in the package"
done
if grep -v -e '^/$' -e '^/usr/$' -e '^/usr/bin/' -e '^/usr/share/' "$tmp/contents" | grep -q .; then
    fail "files outside /usr/bin and /usr/share: $(grep -v -e '^/$' -e '^/usr/$' -e '^/usr/bin/' -e '^/usr/share/' "$tmp/contents" | tr '\n' ' ')"
fi
dpkg-deb --contents "$deb" | awk '$2 != "root/root" {bad=1} END {exit bad}' || fail "files not owned by root/root"
ok "$(grep -vc '/$' "$tmp/contents") files, all under /usr/bin and /usr/share, owned by root"

mkdir -p "$tmp/extracted"
dpkg-deb --extract "$deb" "$tmp/extracted"
for exe in tricheck tricheck-cli; do
    file "$tmp/extracted/usr/bin/$exe" | grep -q 'stripped' || fail "$exe: $(file "$tmp/extracted/usr/bin/$exe")"
    file "$tmp/extracted/usr/bin/$exe" | grep -q 'not stripped' && fail "$exe is not stripped"
    if readelf -d "$tmp/extracted/usr/bin/$exe" | grep -qE 'RPATH|RUNPATH'; then
        fail "$exe carries an RPATH/RUNPATH"
    fi
done
ok "executables stripped, no RPATH"

# ---------------------------------------------------------------------------------------------
step "lintian"
rc=0
lintian --fail-on error,warning --info --tag-display-limit 0 "$deb" >"$tmp/lintian.raw" 2>&1 || rc=$?
grep -v 'running with root privileges' "$tmp/lintian.raw" >"$tmp/lintian.log" || true
if [ "$rc" -ne 0 ]; then
    cat "$tmp/lintian.log" >&2
    fail "lintian reports errors or warnings (exit $rc)"
fi
if [ -s "$tmp/lintian.log" ]; then sed 's/^/   /' "$tmp/lintian.log"; fi
ok "no errors, no warnings ($(grep -c '^I: ' "$tmp/lintian.log" || true) informational tags)"

step "desktop-file-validate and appstreamcli validate --no-net"
out=$(desktop-file-validate "$tmp/extracted/usr/share/applications/$app_id.desktop" 2>&1) ||
    fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate: $out"
appstreamcli validate --no-net "$tmp/extracted/usr/share/metainfo/$app_id.metainfo.xml" >"$tmp/appstream.log" 2>&1 || {
    cat "$tmp/appstream.log" >&2
    fail "appstreamcli validate"
}
grep -qE '^(E|W|I):' "$tmp/appstream.log" && { cat "$tmp/appstream.log" >&2; fail "appstreamcli has remarks"; }
ok "both clean"

# ---------------------------------------------------------------------------------------------
step "Versions, icons and documentation agree with the sources"
changelog_version=$(zcat "$tmp/extracted/usr/share/doc/tricheck/changelog.gz" | sed -n '1s/^tricheck (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] ||
    fail "installer/linux/changelog starts with version '$changelog_version', the project is $version: add an entry"
release_version=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$tmp/extracted/usr/share/metainfo/$app_id.metainfo.xml" | head -n 1)
[ "$release_version" = "$version" ] ||
    fail "the newest <release> in the metainfo is '$release_version', the project is $version: add one"
(cd "$top/resources/icons" && sha256sum --check --status png/SOURCE.sha256) ||
    fail "resources/icons/tricheck.svg changed: run resources/icons/render-icons.sh and commit the result"
for size in 16 22 24 32 48 64 128 256; do
    file "$tmp/extracted/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" | grep -q "$size x $size" ||
        fail "the ${size}x${size} icon has another size"
done
zcat "$tmp/extracted/usr/share/man/man1/tricheck-cli.1.gz" | grep -q '^\.SH "COMMANDS IN DETAIL"' ||
    fail "tricheck-cli.1 has no per-command section"
ok "changelog and AppStream release are $version; icons rendered from the current SVG; man pages present"

step "The .tar.gz"
tar -tzf "$tgz" >"$tmp/tgz.list"
prefix=$(basename "$tgz" .tar.gz)
for f in bin/tricheck bin/tricheck-cli share/applications/$app_id.desktop share/man/man1/tricheck-cli.1.gz; do
    grep -qxF "$prefix/$f" "$tmp/tgz.list" || fail "$prefix/$f is not in $(basename "$tgz")"
done
grep -q '^/' "$tmp/tgz.list" && fail "absolute paths in $(basename "$tgz")"
ok "$(grep -vc '/$' "$tmp/tgz.list") files under $prefix/"

# ---------------------------------------------------------------------------------------------
if [ "$(id -u)" -eq 0 ] && [ "${TRICHECK_PACKAGE_INSTALL:-}" = 1 ]; then
    step "Installing with apt-get (TRICHECK_PACKAGE_INSTALL=1)"
    # Recommends are left out so that the check needs no download; CI installs them anyway.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1 || {
        cat "$tmp/apt.log" >&2
        fail "apt-get install"
    }
    installed_for_real=yes
    root=""
    dpkg-query -W -f='${Status}' tricheck | grep -q 'install ok installed' || fail "dpkg does not list tricheck"
    ok "installed $(dpkg-query -W -f='${Version}' tricheck)"
else
    step "Extracting into a temporary root (dpkg -x; set TRICHECK_PACKAGE_INSTALL=1 as root to install)"
    root="$tmp/extracted"
    ok "$root"
fi
bindir="$root/usr/bin"

home="$tmp/home"
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/runtime"
chmod 700 "$home/runtime"
# Runs an installed program as an operator would, in a private home and a chosen language.
run_installed() {
    lang=$1
    shift
    env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u DISPLAY -u WAYLAND_DISPLAY -u QT_PLUGIN_PATH \
        -u LD_LIBRARY_PATH -u ALIBABA_CLOUD_ACCESS_KEY_ID -u ALIBABA_CLOUD_ACCESS_KEY_SECRET \
        -u ALIBABA_CLOUD_SECURITY_TOKEN -u ALIBABA_CLOUD_PROFILE \
        LANG="$lang" HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM=offscreen "$@"
}

step "Running the installed tricheck-cli"
out=$(run_installed C.UTF-8 "$bindir/tricheck-cli" --version) || fail "tricheck-cli --version failed"
[ "$out" = "tricheck-cli $version" ] || fail "tricheck-cli --version printed '$out'"
ok "$out"

step "Running the installed tricheck --selftest (offscreen)"
out=$(run_installed zh_CN.UTF-8 "$bindir/tricheck" --selftest 2>"$tmp/selftest.err") || {
    cat "$tmp/selftest.err" >&2
    fail "tricheck --selftest in zh_CN failed: $out"
}
for expected in '"selftest":"ok"' '"language":"zh_CN"' '"appCatalogue":true' '"qtCatalogue":true' \
    "\"version\":\"$version\"" '"qtText":"取消"' '"icon":true' '"sqlite":true'; do
    printf '%s' "$out" | grep -qF -- "$expected" || fail "zh_CN self-test lacks $expected: $out"
done
printf '%s' "$out" | grep -q '"windowTitle":"[^"]*核验' || fail "the window title is not Chinese: $out"
ok "zh_CN: $out"
out=$(run_installed C.UTF-8 "$bindir/tricheck" --selftest 2>"$tmp/selftest.err") || {
    cat "$tmp/selftest.err" >&2
    fail "tricheck --selftest in English failed: $out"
}
printf '%s' "$out" | grep -q '"language":"en".*"windowTitle":"TriCheck — [a-z]' || fail "English self-test: $out"
ok "en: $out"

step "Everything the app loads comes from the package's dependencies"
# The dynamic loader names every shared object it initialises, plugins included; each must belong
# to tricheck itself or to a package that installing the .deb pulls in. So must Qt's catalogue.
run_installed zh_CN.UTF-8 env LD_DEBUG=libs LD_DEBUG_OUTPUT="$tmp/ld" "$bindir/tricheck" --selftest \
    >"$tmp/selftest.json" 2>/dev/null || fail "tricheck --selftest under LD_DEBUG failed"
sed -n 's/.*calling init: //p' "$tmp"/ld.* | sort -u >"$tmp/loaded"
sed -n 's/.*"qtCatalogueFile":"\([^"]*\)".*/\1/p' "$tmp/selftest.json" >>"$tmp/loaded"
[ "$(grep -c 'plugins/' "$tmp/loaded")" -ge 1 ] || fail "no Qt plugin seen loading: $(cat "$tmp/loaded")"
roots=$(field Depends | tr ',|' '\n\n' | sed 's/^ *//; s/ *(.*//; s/:any$//' | sort -u)
# shellcheck disable=SC2086
apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances $roots 2>/dev/null | grep -v '^ ' | grep -v '^<' | sort -u >"$tmp/closure"
printf '%s\n' $roots >>"$tmp/closure"
owner() {
    # The file itself, not a link to it: Qt's TLS plugin dlopen()s "libssl.so" first, which on a
    # build machine is libssl-dev's link to libssl3's library (elsewhere the loader finds libssl.so.3).
    # usrmerge: the loader may name /usr/lib/... for a file dpkg knows as /lib/..., or the reverse.
    real=$(readlink -f "$1")
    for candidate in "$real" "$(printf '%s' "$real" | sed 's|^/usr/lib/|/lib/|')" "/usr$real"; do
        pkg=$(dpkg-query -S "$candidate" 2>/dev/null | head -n 1 | cut -d: -f1) && [ -n "$pkg" ] && {
            echo "$pkg"
            return 0
        }
    done
    return 1
}
count=0
while read -r object; do
    [ -n "$object" ] || continue
    case "$object" in "$root"/usr/bin/*) continue ;; esac
    pkg=$(owner "$object") || fail "$object is loaded but belongs to no package"
    if [ "$pkg" != tricheck ] && ! grep -qxF "$pkg" "$tmp/closure"; then
        fail "$object comes from $pkg, which the package's dependencies do not pull in"
    fi
    count=$((count + 1))
done <"$tmp/loaded"
ok "$count shared objects and catalogues, all from the dependency closure ($(wc -l <"$tmp/closure") packages)"

# ---------------------------------------------------------------------------------------------
step "tricheck-cli verify against the installed tricheck-cli sandbox"
{
    # The inner sh records its own pid and becomes the sandbox (exec keeps the pid), so the sandbox
    # itself can be stopped by its id; --max-seconds bounds its life should this script be killed.
    run_installed C.UTF-8 sh -c 'echo $$ >"$1"; shift; exec "$@"' sh "$tmp/sandbox.pid" \
        "$bindir/tricheck-cli" sandbox --port 0 --port-file "$tmp/port" --max-seconds 120 \
        >"$tmp/sandbox.out" 2>"$tmp/sandbox.err" &
    sandbox_job=$!
    tries=0
    until [ -s "$tmp/sandbox.pid" ] && [ -s "$tmp/port" ] && grep -q '"event":"listening"' "$tmp/sandbox.out"; do
        [ -s "$tmp/sandbox.pid" ] && sandbox_pid=$(cat "$tmp/sandbox.pid")
        tries=$((tries + 1))
        if [ "$tries" -gt 300 ] || ! kill -0 "$sandbox_job" 2>/dev/null; then
            cat "$tmp/sandbox.out" "$tmp/sandbox.err" >&2
            fail "the sandbox did not start"
        fi
        sleep 0.1
    done
    sandbox_pid=$(cat "$tmp/sandbox.pid")
    port=$(cat "$tmp/port")
    set +e
    out=$(run_installed C.UTF-8 env ALIBABA_CLOUD_ACCESS_KEY_ID=sandbox-access-key-id \
        ALIBABA_CLOUD_ACCESS_KEY_SECRET=sandbox-access-key-secret \
        "$bindir/tricheck-cli" verify --mobile 13800138000 --name 张三 --id 11010519491231002X \
        --endpoint "http://127.0.0.1:$port" 2>"$tmp/verify.err")
    rc=$?
    set -e
    [ "$rc" -eq 0 ] || fail "tricheck-cli verify exited $rc: $out $(cat "$tmp/verify.err")"
    [ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] || fail "tricheck-cli verify printed more than one line: $out"
    for key in requestId code message bizCode subCode ispName billed paramType signature endpoint latencyMs; do
        printf '%s' "$out" | grep -q "\"$key\":" || fail "tricheck-cli verify output lacks $key: $out"
    done
    # 张三 / 13800138000 / 11010519491231002X is the demo registry's first person: consistent.
    printf '%s' "$out" | grep -q '"subCode":"101"' || fail "expected SubCode 101 from the demo registry: $out"
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_job" 2>/dev/null || true
    sandbox_pid=""
    ok "port $port: $out"
}

# ---------------------------------------------------------------------------------------------
if [ "$installed_for_real" = yes ]; then
    step "Purging with apt-get"
    dpkg-query -L tricheck >"$tmp/installed-files"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq tricheck >"$tmp/apt.log" 2>&1 || {
        cat "$tmp/apt.log" >&2
        fail "apt-get purge"
    }
    installed_for_real=no
    if dpkg-query -W -f='${Status}' tricheck 2>/dev/null | grep -q 'installed'; then
        fail "tricheck is still installed: $(dpkg-query -W -f='${Status}' tricheck)"
    fi
    left=""
    while read -r f; do
        if [ -e "$f" ] && [ ! -d "$f" ]; then left="$left $f"; fi
        if [ -L "$f" ]; then left="$left $f"; fi
    done <"$tmp/installed-files"
    [ -d /usr/share/doc/tricheck ] && left="$left /usr/share/doc/tricheck/"
    [ -z "$left" ] || fail "left behind after purge:$left"
    ok "$(grep -c . "$tmp/installed-files") paths removed, nothing left behind"
fi

step "Package checks passed"
