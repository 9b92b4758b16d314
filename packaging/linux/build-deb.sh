#!/usr/bin/env bash
# Builds the Linux app image and a .deb with a trimmed Java runtime, for 统信UOS 20, 麒麟 V10, Debian 10–12 and
# Ubuntu 20.04–24.04 (amd64). The arm64 package: packaging/linux/build-deb-arm64.sh runs this script in an arm64
# root under qemu (on an arm64 machine: PACKAGING_JDK=an arm64 JDK 17+ with jpackage, PARTYDESK_JAR=a jar with
# OpenJFX's linux-aarch64 jars).
#
#   packaging/linux/build-deb.sh               # from anywhere; needs Maven, JDK 17 (javac), a JDK built for
#                                              # old systems with jpackage (Temurin, found under /usr/lib/jvm),
#                                              # dpkg-deb, zip, objdump (binutils)
#   MVN_OPTS=-o packaging/linux/build-deb.sh   # the same, with Maven offline
#   PACKAGING_JDK=/path/to/jdk …               # another JDK for jlink/jpackage (its libjvm must need glibc ≤ 2.28)
#   PARTYDESK_JAR=/path/to/partydesk.jar …     # package this jar instead of building one with Maven (a jar built
#                                              # elsewhere with the target's JavaFX: packaging/linux/build-deb-arm64.sh)
#   DEB_MAINTAINER="姓名 <address>" …          # the package's Maintainer field
#   packaging/linux/build-deb.sh --abi-check DIR   # only the ABI check below, on the ELF files under DIR
#
# What it does, and why:
# - The app is compiled for release 17 (pom.xml) by Maven; the runtime and the launcher come from Temurin, whose
#   binaries need glibc 2.17, not from the build machine's OpenJDK (Debian 12's needs glibc 2.34, so the package
#   installed on UOS 20 / 麒麟 V10 and did not start).
# - The runtime holds only the modules the app uses (jdeps) plus Chinese locale data and charsets (jlink).
# - The shipped jar keeps SQLite's native library for this platform only (org/sqlite/native/Linux/<arch>).
# - ABI check: every ELF file in the package, and every .so inside its jars, is read with objdump -T; a symbol
#   version above GLIBC_2.28 or GLIBCXX_3.4.25 fails the build (UOS 20 / 麒麟 V10 / Debian 10 have glibc 2.28+).
#   arm64: the files above those are listed, the limits are 2.38 / 3.4.28 and Depends says libc6 (>= 2.38) (below).
# - Architecture check: every ELF file, and every .so in the jar, is of the package's architecture (e_machine).
# - The .deb is assembled with dpkg-deb (not jpackage's, whose Depends named only the build machine's packages):
#   Depends with alternatives that resolve on all the systems above, a Chinese font among them, the menu entry with
#   StartupWMClass, the icon in every hicolor size, /usr/bin/partydesk for the command line.
# Output: target/dist/PartyDesk/ (app image: target/dist/PartyDesk/bin/PartyDesk)
#         target/dist/partydesk_<version>-1_<arch>.deb (installs into /opt/partydesk, menu entry 党务台账)
# Install and start:  sudo apt install ./target/dist/partydesk_*.deb && partydesk
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=packaging/runtime.sh
. packaging/runtime.sh

# the oldest systems supported: glibc 2.28 and GCC 8's libstdc++ (统信UOS 20, 麒麟 V10, Debian 10)
OLD_GLIBC=2.28
OLD_GLIBCXX=3.4.25
GLIBC_MAX=$OLD_GLIBC
GLIBCXX_MAX=$OLD_GLIBCXX
ARCH=$(dpkg --print-architecture)
case "$ARCH" in
  amd64) SQLITE_ARCH=x86_64 ELF_MACHINE=62 ;;
  arm64)
    SQLITE_ARCH=aarch64 ELF_MACHINE=183
    # OpenJFX publishes linux-aarch64 natives built on a new system (21.0.11: libglassgtk3.so needs GLIBC_2.38), and
    # the arm64 JDK 17 with jpackage to be had here is Debian 11's OpenJDK (libjvm.so: GLIBC_2.29; libstdc++ of
    # GCC 10). The package says so (Depends: libc6 (>= 2.38)): it installs only where the window starts (Debian 13,
    # Ubuntu 24.04 and later), rather than installing on 统信UOS 20 / 麒麟 V10 arm64 and failing to start. The files
    # above glibc 2.28 are listed at each build; a file above the limits below fails the build.
    ARCH_GLIBC_MAX=2.38 ARCH_GLIBCXX_MAX=3.4.28
    # Debian's OpenJDK links the system's libjpeg, lcms2, libpng, giflib, harfbuzz and libstdc++ (Temurin carries
    # its own); libjpeg62 is Ubuntu's package of libjpeg.so.62
    ARCH_DEPENDS="libstdc++6 (>= 10), libgcc-s1, libjpeg62-turbo | libjpeg62, liblcms2-2, \
libpng16-16 | libpng16-16t64, libgif7, libharfbuzz0b" ;;
  loong64) SQLITE_ARCH=loongarch64 ELF_MACHINE=258 ;;
  *) echo "不支持的架构：$ARCH" >&2; exit 1 ;;
esac

# --- ABI check: no symbol version newer than the oldest supported system has (GLIBC_MAX, GLIBCXX_MAX)
abi_check() {
  local root=$1 failed=0 f v newest
  local jars
  jars=$(mktemp -d)
  # the native libraries inside the jars are loaded from a cache folder at run time: check them too
  while IFS= read -r jar; do
    unzip -q -o "$jar" '*.so' -d "$jars/$(basename "$jar")" 2>/dev/null || true
  done < <(find "$root" -name '*.jar')
  while IFS= read -r f; do
    if ! head -c 4 "$f" | grep -q 'ELF'; then
      continue
    fi
    newest=""
    for v in $(objdump -T "$f" 2>/dev/null | grep -oE 'GLIBC_[0-9]+(\.[0-9]+)+' | sed 's/^GLIBC_//' | sort -u); do
      if [ "$(printf '%s\n%s\n' "$v" "$GLIBC_MAX" | sort -V | tail -n 1)" != "$GLIBC_MAX" ]; then
        newest="$newest GLIBC_$v"
      fi
    done
    for v in $(objdump -T "$f" 2>/dev/null | grep -oE 'GLIBCXX_[0-9]+(\.[0-9]+)+' | sed 's/^GLIBCXX_//' | sort -u); do
      if [ "$(printf '%s\n%s\n' "$v" "$GLIBCXX_MAX" | sort -V | tail -n 1)" != "$GLIBCXX_MAX" ]; then
        newest="$newest GLIBCXX_$v"
      fi
    done
    if [ -n "$newest" ]; then
      echo "ABI 检查未通过：${f#"$jars/"} 需要$newest（上限 GLIBC_$GLIBC_MAX、GLIBCXX_$GLIBCXX_MAX）" >&2
      failed=1
    fi
  done < <(find "$root" "$jars" -type f \( -perm -u+x -o -name '*.so' -o -name '*.so.*' \))
  rm -rf "$jars"
  return $failed
}
if [ "${1:-}" = "--abi-check" ]; then
  # only the check, on a folder given: packaging/linux/build-deb.sh --abi-check /usr/lib/jvm/some-jdk
  abi_check "${2:?--abi-check 需要一个文件夹}"
  echo "ABI 检查通过：${2} 中的 ELF 文件只需 GLIBC ≤ $GLIBC_MAX、GLIBCXX ≤ $GLIBCXX_MAX"
  exit 0
fi

# --- every native library is built for the package's architecture (a jar with another platform's JavaFX fails):
# the ELF header's e_machine (little-endian 16 bits at offset 18: 62 x86-64, 183 AArch64, 258 LoongArch)
elf_arch_check() {
  local root=$1 failed=0 f machine
  while IFS= read -r f; do
    if head -c 4 "$f" | grep -q 'ELF'; then
      machine=$(od -An -t u2 -j 18 -N 2 "$f" | tr -d ' ')
      if [ "$machine" != "$ELF_MACHINE" ]; then
        echo "架构不符：${f#"$root/"} 的 e_machine 是 $machine，软件包是 $ARCH（$ELF_MACHINE）" >&2
        failed=1
      fi
    fi
  done < <(find "$root" -type f \( -perm -u+x -o -name '*.so' -o -name '*.so.*' \))
  return $failed
}

JDK=${PACKAGING_JDK:-}
if [ -z "$JDK" ]; then
  JDK=$(find /usr/lib/jvm -maxdepth 1 -name "temurin-*-jdk-$ARCH" 2>/dev/null | sort -V | tail -n 1)
fi
if [ -z "$JDK" ] || [ ! -x "$JDK/bin/jpackage" ] || [ ! -x "$JDK/bin/jlink" ]; then
  echo "找不到可用于打包的 JDK（需要 /usr/lib/jvm/temurin-*-jdk-$ARCH 或 PACKAGING_JDK，且带 jlink 和 jpackage）" >&2
  exit 1
fi
echo "打包用 JDK：$JDK ($("$JDK/bin/java" -version 2>&1 | head -n 1))"

VERSION=$(project_version)
[ -n "$VERSION" ] || { echo "pom.xml 中找不到版本号" >&2; exit 1; }
MAINTAINER=${DEB_MAINTAINER:-"PartyDesk 党务台账 <partydesk@localhost>"}

JAR=${PARTYDESK_JAR:-}
if [ -z "$JAR" ]; then
  # always from the current sources (a stale jar would package yesterday's program); -o when offline
  # shellcheck disable=SC2086 # MVN_OPTS is a list of options
  mvn -B -q ${MVN_OPTS:-} package -DskipTests
  JAR=target/partydesk.jar
fi
if [ ! -f "$JAR" ] || [ "$(basename "$JAR")" != partydesk.jar ]; then
  echo "找不到 jar（名为 partydesk.jar）：$JAR" >&2
  exit 1
fi

rm -rf target/jpackage-input target/runtime target/dist target/deb
mkdir -p target/jpackage-input target/dist

# --- the jar, with the SQLite native library of this platform only, and a runtime with the modules it uses
copy_jar_for_platform "$JAR" target/jpackage-input "Linux/$SQLITE_ARCH"
build_runtime "$JDK" target/jpackage-input/partydesk.jar target/runtime

# --- the app image (launcher from the same JDK)
# shellcheck disable=SC2046 # launcher_java_options gives words without spaces
"$JDK/bin/jpackage" --type app-image \
  --name PartyDesk \
  --app-version "$VERSION" \
  --vendor "PartyDesk" \
  --description "党务台账：三会一课、责任清单、评先创优、佐证材料、台账与报告" \
  --input target/jpackage-input \
  --main-jar partydesk.jar \
  --main-class org.partydesk.Main \
  --runtime-image target/runtime \
  --icon packaging/icons/partydesk-256.png \
  --add-launcher partydesk-cli=packaging/linux/cli-launcher.properties \
  $(launcher_java_options "$JDK" "linux-$ARCH") \
  --dest target/dist
echo "app image: target/dist/PartyDesk"

# --- AppCDS (issue 21): the classes that a start of the window (up to the sample bureau's 工作台) and the common
# commands (sample, check, stats, the annual summary, verify, ledgers exported and imported) load, archived once by
# packaging/AppCds.java through the app image's own launcher, so later starts map them instead of loading and
# verifying them. A static archive (-Xshare:dump from the runs' class lists): any runtime from JDK 17 on can make it.
# It names the jar by path, size and time: the package keeps both (cp -a, dpkg keeps file times), and the JVM finds
# the same jar under /opt/partydesk. With xvfb-run it also makes partydesk-cli.jsa, the commands' classes only, for
# the command line's launcher (bin/partydesk-cli, /usr/bin/partydesk): every start maps and relocates all of its
# archive, and the window's classes cost each command ~85 ms (decision 0031); the menu's PartyDesk maps the whole one.
# Without xvfb-run there is one archive, of the commands' classes, for both launchers; with APPCDS=0, or when it
# cannot be made, the package is built without one and starts as before, only slower.
APP_IMAGE=target/dist/PartyDesk
if [ "${APPCDS:-1}" = 1 ]; then
  cds_display=()
  if command -v xvfb-run >/dev/null 2>&1; then
    cds_display=(timeout 1800 xvfb-run -a -s "-screen 0 1366x768x24")
  fi
  if (cd target && "${cds_display[@]}" "$JDK/bin/java" ../packaging/AppCds.java "../$APP_IMAGE/lib/app/partydesk.jsa" \
      "../$APP_IMAGE/bin/PartyDesk"); then
    # $APPDIR is the launcher's own, expanded when it reads its .cfg; an archive the JVM cannot use (a jar changed
    # after it was made) is left aside without the CDS warnings JDK 21+ would print at every start
    cli_archive=partydesk.jsa
    if [ -f "$APP_IMAGE/lib/app/partydesk-cli.jsa" ]; then
      cli_archive=partydesk-cli.jsa
    fi
    for launcher in PartyDesk:partydesk.jsa "partydesk-cli:$cli_archive"; do
      printf '%s\n' "java-options=-XX:SharedArchiveFile=\$APPDIR/${launcher#*:}" 'java-options=-Xlog:cds=off' \
        >>"$APP_IMAGE/lib/app/${launcher%%:*}.cfg"
    done
  else
    rm -f "$APP_IMAGE/lib/app/partydesk.jsa" "$APP_IMAGE/lib/app/partydesk-cli.jsa"
    echo "AppCDS: no archive (see above); the package starts without one" >&2
  fi
else
  echo "AppCDS: skipped (APPCDS=0)"
fi
# the command line's own options (packaging/java-options-cli.txt: the serial collector, the young generation's size), after the archive was made
# through the window's launcher under the window's options
cli_launcher_cfg >>"$APP_IMAGE/lib/app/partydesk-cli.cfg"

# --- the package tree
PKG=target/deb/partydesk
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/doc/partydesk"
cp -a target/dist/PartyDesk "$PKG/opt/partydesk"
ln -s /opt/partydesk/bin/partydesk-cli "$PKG/usr/bin/partydesk"
for size in 16 32 48 64 128 256 512; do
  mkdir -p "$PKG/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "packaging/icons/partydesk-$size.png" "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/partydesk.png"
done
cp packaging/linux/resources/partydesk.desktop "$PKG/usr/share/applications/partydesk.desktop"
cp packaging/linux/resources/copyright "$PKG/usr/share/doc/partydesk/copyright"
cp packaging/linux/resources/postinst packaging/linux/resources/postrm "$PKG/DEBIAN/"
chmod 0755 "$PKG/DEBIAN/postinst" "$PKG/DEBIAN/postrm"
find "$PKG" -type d -exec chmod 0755 {} +

jar_natives=$(mktemp -d)
unzip -q "$PKG/opt/partydesk/lib/app/partydesk.jar" '*.so' -d "$jar_natives"
elf_arch_check "$PKG" || exit 1
elf_arch_check "$jar_natives" || exit 1
rm -rf "$jar_natives"
if [ -n "${ARCH_GLIBC_MAX:-}" ]; then
  # this architecture cannot meet the oldest systems' limits: list what needs more, then check the package's own
  abi_check "$PKG" 2>&1 | sed "s/^/（仅提示）/" || true
  GLIBC_MAX=$ARCH_GLIBC_MAX GLIBCXX_MAX=$ARCH_GLIBCXX_MAX
fi
abi_check "$PKG"
echo "ABI 检查通过：包内全部 ELF 文件（含 jar 内的 .so）只需 GLIBC ≤ $GLIBC_MAX、GLIBCXX ≤ $GLIBCXX_MAX"

# --- control
# Depends: what the package's ELF files need (objdump -p: NEEDED) and what is not in the package, with alternatives
# for the names that differ between Debian 10–12, Ubuntu 20.04–24.04 (t64 renames), UOS 20 (Debian 10 based) and
# 麒麟 V10 (Ubuntu 20.04 based). JavaFX's libraries need GTK 3 (with cairo, pango, gdk-pixbuf), OpenGL, libXxf86vm,
# libXtst, freetype and fontconfig; the runtime's AWT (charts, POI's font measuring) libX11, libXext, libXi,
# libXrender, libXtst, ALSA. No libjpeg: Temurin's runtime carries its own (Debian's OpenJDK linked the system's
# libjpeg62-turbo, which Ubuntu does not have). A Chinese font: one of the common packages (CjkFonts picks it up).
DEPENDS="libc6 (>= $GLIBC_MAX), ${ARCH_DEPENDS:+$ARCH_DEPENDS, }zlib1g, \
libgtk-3-0 (>= 3.22) | libgtk-3-0t64, libgl1 | libgl1-mesa-glx, \
libx11-6, libxext6, libxi6, libxrender1, libxtst6, libxxf86vm1, libfreetype6, libfontconfig1, \
libasound2 | libasound2t64, \
fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei | fonts-arphic-uming | fonts-droid-fallback"
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
cat > "$PKG/DEBIAN/control" <<EOF
Package: partydesk
Version: $VERSION-1
Section: misc
Priority: optional
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Description: 党务台账 PartyDesk: offline party-affairs ledgers
 三会一课、责任清单、评先创优、佐证材料、台账与报告。离线使用，数据保存在本机。
 Offline desktop application for a bureau's party-affairs office: meetings,
 responsibility lists, commendations, evidence, Excel ledgers and reports.
 Runs on its own Java runtime; start it from the menu (党务台账) or with
 the command partydesk (partydesk --help for the command line).
EOF

DEB="target/dist/partydesk_${VERSION}-1_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$DEB" >/dev/null
dpkg-deb --info "$DEB" | sed -n '/Package:/,$p'
echo "runtime: $(du -sh target/runtime | cut -f1), jar: $(du -h target/jpackage-input/partydesk.jar | cut -f1), .deb: $(du -h "$DEB" | cut -f1)"
ls -1 "$DEB"
