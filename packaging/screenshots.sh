#!/usr/bin/env bash
# screenshots.sh: saves one PNG per section of the PartyDesk window, on a virtual X display (Xvfb).
#
# Usage: packaging/screenshots.sh [--fixture] [DIR]
#   --fixture  open the small test organisation (RosterFixture of the test sources: 机关党委, two
#              branches, one cell, five members) instead of an empty database, which the app fills
#              with the sample bureau first (about 15 s)
#   DIR        where the PNGs go (default: ./screenshots)
#
# What it does: builds target/partydesk.jar (mvn -o package -DskipTests) when it is missing or older
# than the sources; starts `java -jar target/partydesk.jar` under `xvfb-run -a -s "-screen 0 1366x768x24"`
# with -Dpartydesk.home=<a temporary folder> (no real data is read or written) and
# -Dpartydesk.screenshotTour=DIR: the app visits each section in navigation order, snapshots the scene
# to DIR/NN-section.png (01-dashboard.png … 09-settings.png; a section made of tabs adds NN-section-K.png
# for each further tab, and NN-section-vK.png for views a section shows on its own, such as an open
# meeting or a clicked 红黄旗 cell) and exits.
#
# Needs JDK 17, Maven with the project's dependencies in the local repository, and
#   apt-get install -y xvfb imagemagick x11-utils fonts-noto-cjk libgtk-3-0
# (JavaFX needs GTK 3 on Linux; without a CJK font installed, Chinese text shows as boxes).
set -euo pipefail

cd "$(dirname "$0")/.."
fixture=false
if [[ "${1:-}" == "--fixture" ]]; then
    fixture=true
    shift
fi
out="$(realpath -m "${1:-screenshots}")"

for tool in xvfb-run java mvn; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is not installed" >&2; exit 2; }
done

jar=target/partydesk.jar
if [[ ! -f "$jar" || -n "$(find src pom.xml -newer "$jar" -print -quit)" ]] \
        || { $fixture && [[ ! -f target/test-classes/org/partydesk/store/RosterFixture.class ]]; }; then
    echo "Building $jar ..."
    mvn -B -q -o package -DskipTests
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db_option=()
if $fixture; then
    java -cp "$jar:target/test-classes" org.partydesk.store.RosterFixture "$work/fixture.db" >"$work/fixture.log" 2>&1 \
        || { cat "$work/fixture.log" >&2; exit 1; }
    db_option=("-Dpartydesk.db=$work/fixture.db")
fi

mkdir -p "$out"
rm -f "$out"/[0-9][0-9]-*.png
if ! timeout 300 xvfb-run -a -s "-screen 0 1366x768x24" \
        java -Dpartydesk.home="$work/home" -Dprism.order=sw -Dpartydesk.screenshotTour="$out" \
        "${db_option[@]}" -jar "$jar" >"$work/app.log" 2>&1; then
    echo "screenshots.sh: the app failed:" >&2
    cat "$work/app.log" >&2
    exit 1
fi
shots=("$out"/[0-9][0-9]-*.png)
if [[ ! -f "${shots[0]}" ]]; then
    echo "screenshots.sh: no screenshot was saved; the app said:" >&2
    cat "$work/app.log" "$work/home/logs/partydesk.log" >&2 2>/dev/null || true
    exit 1
fi
printf 'Saved %s\n' "${shots[@]}"
