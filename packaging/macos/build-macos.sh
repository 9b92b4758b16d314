#!/usr/bin/env bash
# Builds PartyDesk for macOS: an app bundle and a .dmg with a trimmed Java runtime.
# Run on macOS (the system's bash 3.2 is enough) in or outside the project folder, with Maven, JDK 17+ (javac)
# and a JDK with jpackage (JDK 17+; PACKAGING_JDK names one, else JAVA_HOME, else /usr/libexec/java_home):
#   packaging/macos/build-macos.sh
# Output: target/dist/PartyDesk.app and target/dist/PartyDesk-<version>.dmg (unsigned; sign with
# --mac-sign --mac-signing-key-user-name "…" for distribution). The command line is the bundle's launcher:
#   /Applications/PartyDesk.app/Contents/MacOS/PartyDesk --help
# The icon is packaging/macos/partydesk.icns, made on Linux from packaging/icons with png2icns (Debian's icnsutils):
#   png2icns packaging/macos/partydesk.icns packaging/icons/partydesk-{16,32,48,128,256,512}.png
# (on macOS: iconutil -c icns from an .iconset of the same PNGs).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=packaging/runtime.sh
. packaging/runtime.sh

JDK=${PACKAGING_JDK:-${JAVA_HOME:-}}
if [ -z "$JDK" ] && [ -x /usr/libexec/java_home ]; then
  JDK=$(/usr/libexec/java_home)
fi
if [ -z "$JDK" ] || [ ! -x "$JDK/bin/jpackage" ]; then
  echo "找不到带 jpackage 的 JDK：请设置 PACKAGING_JDK 或 JAVA_HOME" >&2
  exit 1
fi
case "$(uname -m)" in
  arm64) SQLITE_DIR=Mac/aarch64 ;;
  *) SQLITE_DIR=Mac/x86_64 ;;
esac
VERSION=$(project_version)
[ -n "$VERSION" ] || { echo "pom.xml 中找不到版本号" >&2; exit 1; }

# always from the current sources (a stale jar would package yesterday's program)
# shellcheck disable=SC2086 # MVN_OPTS is a list of options
mvn -B -q ${MVN_OPTS:-} package -DskipTests
rm -rf target/jpackage-input target/runtime target/dist
mkdir -p target/jpackage-input target/dist
copy_jar_for_platform target/partydesk.jar target/jpackage-input "$SQLITE_DIR"
build_runtime "$JDK" target/jpackage-input/partydesk.jar target/runtime

for t in app-image dmg; do
  # shellcheck disable=SC2046 # launcher_java_options gives words without spaces
  "$JDK/bin/jpackage" --type "$t" --name PartyDesk --app-version "$VERSION" --vendor PartyDesk \
    --description "党务台账：三会一课、责任清单、评先创优、佐证材料、台账与报告" \
    --input target/jpackage-input --main-jar partydesk.jar --main-class org.partydesk.Main \
    --runtime-image target/runtime \
    $(launcher_java_options "$JDK" macos) \
    --mac-package-identifier org.partydesk --mac-package-name "党务台账" \
    --icon packaging/macos/partydesk.icns --dest target/dist
done
ls -1 target/dist
