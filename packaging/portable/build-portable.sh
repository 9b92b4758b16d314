#!/usr/bin/env bash
# Builds a portable archive of PartyDesk for Linux that runs on the system's Java 17 or newer, with the JavaFX
# jars of the target platform (OpenJFX from Maven Central) — for arm64 PCs (飞腾, 鲲鹏) whose systems have
# openjdk-17 or newer but for which no runtime is bundled here:
#   packaging/portable/build-portable.sh             # aarch64 (the default)
#   packaging/portable/build-portable.sh x86_64      # the same layout for amd64 (to try the archive here)
#   MVN_OPTS=-o …                                    # Maven offline (the JavaFX jars must be in ~/.m2 already)
#   JFX_VERSION=21.0.11 …                            # another JavaFX 21 release than the pom's
# Output: target/dist/partydesk-<version>-linux-<arch>.tar.gz, unpacked anywhere:
#   partydesk-<version>-linux-<arch>/bin/partydesk          # window; with arguments the command line
#   partydesk-<version>-linux-<arch>/lib/                   # the program and its libraries (no JavaFX)
#   partydesk-<version>-linux-<arch>/javafx/                # JavaFX for the target platform (module path)
#   partydesk-<version>-linux-<arch>/share/                 # menu entry and icons (see README there)
# loongarch64: OpenJFX publishes no loongarch64 jars on Maven Central and sqlite-jdbc has no loongarch64
# library, so there is no archive for it (a system JDK with its own JavaFX, e.g. Loongson's, would be needed).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=packaging/runtime.sh
. packaging/runtime.sh

ARCH=${1:-aarch64}
case "$ARCH" in
  aarch64) JFX_CLASSIFIER=linux-aarch64 ;;
  x86_64) JFX_CLASSIFIER=linux ;;
  *) echo "不支持的架构：$ARCH（可用 aarch64、x86_64）" >&2; exit 1 ;;
esac
VERSION=$(project_version)
# JavaFX of the pom's version, or JFX_VERSION=… (a later 21.0.x where a repository has no jars of that classifier)
JFX_VERSION=${JFX_VERSION:-$(sed -n 's|.*<javafx.version>\(.*\)</javafx.version>.*|\1|p' pom.xml)}
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.6.1
NAME="partydesk-$VERSION-linux-$ARCH"
OUT="target/portable/$NAME"

# always from the current sources
# shellcheck disable=SC2086 # MVN_OPTS is a list of options
mvn -B -q ${MVN_OPTS:-} package -DskipTests
rm -rf "target/portable" && mkdir -p "$OUT/bin" "$OUT/lib" "$OUT/javafx" "$OUT/share" target/dist
cp target/partydesk-thin.jar "$OUT/lib/partydesk.jar"
# shellcheck disable=SC2086
mvn -B -q ${MVN_OPTS:-} "$DEPENDENCY_PLUGIN:copy-dependencies" -DincludeScope=runtime -DexcludeGroupIds=org.openjfx \
  -DoutputDirectory="$OUT/lib"
for module in base graphics controls swing; do
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_OPTS:-} "$DEPENDENCY_PLUGIN:copy" -Dartifact="org.openjfx:javafx-$module:$JFX_VERSION:jar:$JFX_CLASSIFIER" \
    -DoutputDirectory="$OUT/javafx"
done
# SQLite's native library for this platform only
sqlite=$(find "$OUT/lib" -name 'sqlite-jdbc-*.jar')
mkdir -p target/portable/sqlite && mv "$sqlite" target/portable/sqlite/
copy_jar_for_platform "target/portable/sqlite/$(basename "$sqlite")" "$OUT/lib" "Linux/$ARCH"

cp packaging/portable/partydesk "$OUT/bin/partydesk"
chmod 0755 "$OUT/bin/partydesk"
cp packaging/portable/README.txt "$OUT/README.txt"
cp packaging/linux/resources/partydesk.desktop "$OUT/share/partydesk.desktop"
for size in 16 32 48 64 128 256 512; do
  mkdir -p "$OUT/share/icons/hicolor/${size}x${size}/apps"
  cp "packaging/icons/partydesk-$size.png" "$OUT/share/icons/hicolor/${size}x${size}/apps/partydesk.png"
done
# the same ABI check as the .deb's, reported, not failing: OpenJFX's own builds decide what glibc the window needs
# (seen: 21.0.11 linux-aarch64 needs GLIBC_2.38 in libglassgtk3.so; SQLite's library needs 2.17)
if ! packaging/linux/build-deb.sh --abi-check "$OUT"; then
  echo "注意：上面列出的本地库需要比 glibc 2.28 更新的系统（统信UOS 20、麒麟 V10 上窗口无法打开，命令行不受影响）" >&2
fi
tar -C target/portable -czf "target/dist/$NAME.tar.gz" "$NAME"
echo "JavaFX $JFX_VERSION ($JFX_CLASSIFIER): $(find "$OUT/javafx" -name '*.jar' | wc -l) jars"
ls -l "target/dist/$NAME.tar.gz"
