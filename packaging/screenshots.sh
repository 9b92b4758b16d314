#!/usr/bin/env bash
# screenshots.sh: takes a PNG of the PartyDesk window on a virtual X display (Xvfb).
#
# Usage: packaging/screenshots.sh [--fixture] [NAME]
#   --fixture  open the small test organisation (RosterFixture of the test sources: 机关党委, two
#              branches, one cell, five members) instead of an empty database, which the app fills
#              with the sample bureau on first start
#   NAME       stem of the PNG file (default: main-window, or main-window-fixture with --fixture)
#
# What it does: builds target/partydesk.jar (mvn -o package -DskipTests) when it is missing or older
# than the sources; starts `java -jar target/partydesk.jar` under
# `xvfb-run -a -s "-screen 0 1366x768x24"` with -Dpartydesk.home=<a temporary folder>, so no real data
# is read or written; waits until the 1280x720 window is mapped, gives it a few seconds to paint, and
# saves the whole screen with ImageMagick (`import -window root`) to ./screenshots/NAME.png.
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
name="${1:-main-window$($fixture && echo -fixture || true)}"

for tool in xvfb-run import xwininfo java mvn; do
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

mkdir -p screenshots
out="$PWD/screenshots/$name.png"
export PD_JAR="$jar" PD_HOME="$work/home" PD_OUT="$out" PD_LOG="$work/app.log"
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
    java -Dpartydesk.home="$PD_HOME" -Dprism.order=sw "$@" -jar "$PD_JAR" >"$PD_LOG" 2>&1 &
    app=$!
    for _ in $(seq 1 60); do
        if ! kill -0 "$app" 2>/dev/null; then
            echo "screenshots.sh: the app exited before showing its window:" >&2
            cat "$PD_LOG" >&2
            exit 1
        fi
        xwininfo -root -tree | grep -q " 1280x720+" && break
        sleep 1
    done
    sleep 4
    import -window root "$PD_OUT"
    kill "$app"
    wait "$app" 2>/dev/null || true
' screenshots "${db_option[@]}"
echo "Saved $out"
