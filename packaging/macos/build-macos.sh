#!/usr/bin/env bash
# Builds PartyDesk for macOS: an app bundle and a .dmg with a bundled runtime.
# Run on macOS in the project folder with JDK 17 (jpackage) and Maven:
#   packaging/macos/build-macos.sh
# Output: target/dist/PartyDesk.app and target/dist/PartyDesk-<version>.dmg (unsigned; sign with
# --mac-sign --mac-signing-key-user-name "…" for distribution).
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(sed -n "0,/<version>/s|.*<version>\(.*\)</version>.*|\1|p" pom.xml)
[ -f target/partydesk.jar ] || mvn -B -q package -DskipTests
rm -rf target/jpackage-input target/dist && mkdir -p target/jpackage-input target/dist
cp target/partydesk.jar target/jpackage-input/
# macOS icons must be .icns: iconutil -c icns from an .iconset made of packaging/icons/partydesk-*.png
ICON=()
if [ -f packaging/macos/partydesk.icns ]; then ICON=(--icon packaging/macos/partydesk.icns); fi
for t in app-image dmg; do
  jpackage --type "$t" --name PartyDesk --app-version "$VERSION" --vendor PartyDesk \
    --input target/jpackage-input --main-jar partydesk.jar --main-class org.partydesk.Main \
    --java-options "-Dfile.encoding=UTF-8" --java-options "-Xmx1g" \
    --mac-package-identifier org.partydesk --mac-package-name "党务台账" "${ICON[@]}" --dest target/dist
done
ls -1 target/dist
