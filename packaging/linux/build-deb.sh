#!/usr/bin/env bash
# Builds the Linux app image and a .deb with a bundled Java runtime, for 统信UOS / 麒麟 desktops
# as well as Debian and Ubuntu (amd64; run on an arm64 machine for arm64 packages).
#
#   packaging/linux/build-deb.sh            # from the project folder; needs JDK 17 (jpackage), Maven,
#                                           # dpkg-deb and fakeroot (apt-get install fakeroot)
#   MVN_OPTS=-o packaging/linux/build-deb.sh   # the same, with Maven offline
# The package's postinst/prerm (packaging/linux/resources) add the menu entry with xdg-desktop-menu, or,
# where the system has no XDG menus, by copying the .desktop file; installing never fails for want of a menu.
# Output: target/dist/PartyDesk/ (app image, runs with target/dist/PartyDesk/bin/PartyDesk)
#         target/dist/partydesk_<version>-1_amd64.deb (installs into /opt/partydesk, menu entry 党务台账)
# Install and start:  sudo apt install ./target/dist/partydesk_*.deb && /opt/partydesk/bin/PartyDesk
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(sed -n "0,/<version>/s|.*<version>\(.*\)</version>.*|\1|p" pom.xml)
# always from the current sources (a stale jar would package yesterday's program); -o when offline
mvn -B -q ${MVN_OPTS:-} package -DskipTests

rm -rf target/jpackage-input target/dist
mkdir -p target/jpackage-input target/dist
cp target/partydesk.jar target/jpackage-input/

COMMON=(
  --name PartyDesk
  --app-version "$VERSION"
  --vendor "PartyDesk"
  --description "党务台账：三会一课、责任清单、评先创优、佐证材料、台账与报告"
  --input target/jpackage-input
  --main-jar partydesk.jar
  --main-class org.partydesk.Main
  --icon packaging/icons/partydesk-256.png
  --java-options "-Dfile.encoding=UTF-8"
  --java-options "-Xmx1g"
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands"
  --dest target/dist
)

jpackage --type app-image "${COMMON[@]}"
echo "app image: target/dist/PartyDesk"

jpackage --type deb "${COMMON[@]}" \
  --resource-dir packaging/linux/resources \
  --linux-package-name partydesk \
  --linux-app-category office \
  --linux-menu-group "Office" \
  --linux-shortcut \
  --linux-deb-maintainer "partydesk@example.invalid"
ls -1 target/dist/*.deb
