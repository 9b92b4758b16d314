#!/usr/bin/env bash
# Builds the arm64 .deb (飞腾, 鲲鹏) on an amd64 machine, as root:
#   packaging/linux/build-deb-arm64.sh ROOT
# ROOT is a Debian 11 (bullseye) arm64 root with an arm64 JDK 17 that has jlink and jpackage (Debian's OpenJDK 17;
# Temurin for arm64 is not in the package registries reached here), made once (~15 minutes):
#   apt-get install debootstrap qemu-user-static binutils
#   packaging/linux/build-deb-arm64.sh --binfmt    # only registers qemu for arm64 programs (binfmt_misc)
#   debootstrap --arch=arm64 --variant=minbase --include=openjdk-17-jdk-headless,binutils,zip,unzip,xz-utils \
#     bullseye ROOT http://deb.debian.org/debian
# What it does:
# 1. Maven here builds target/partydesk.jar with OpenJFX's linux-aarch64 jars (Java classes are the same on every
#    platform; only JavaFX's native libraries differ) and moves it to target/arm64/partydesk.jar, so that no jar of
#    the wrong platform is left at target/partydesk.jar. JFX_VERSION=21.0.11 by default: the pom's 21.0.5 has no
#    linux-aarch64 jars in the Maven repository used here. MVN_OPTS=-o: Maven offline.
# 2. packaging/linux/build-deb.sh runs inside ROOT under qemu-user (binfmt_misc; registered here when missing) with
#    PARTYDESK_JAR=that jar and PACKAGING_JDK=ROOT's OpenJDK 17: jdeps, jlink and jpackage of arm64, the same
#    package layout, the architecture check and the ABI check (for arm64: glibc ≤ 2.38, see build-deb.sh).
# Output: target/dist/partydesk_<version>-1_arm64.deb. Takes about 20–30 minutes (jlink and xz under emulation).
set -euo pipefail
cd "$(dirname "$0")/../.."
QEMU=/usr/libexec/qemu-binfmt/aarch64-binfmt-P
# arm64 programs run through qemu-user: binfmt_misc with the F flag (the interpreter is opened now, so it works
# inside the chroot without a copy there)
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  [ -x "$QEMU" ] || { echo "需要 qemu-user-static（$QEMU）" >&2; exit 1; }
  [ -e /proc/sys/fs/binfmt_misc/register ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  printf '%s' ':qemu-aarch64:M:0:\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00:\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff:'"$QEMU"':PF' \
    > /proc/sys/fs/binfmt_misc/register
  echo "已为 aarch64 程序注册 qemu（binfmt_misc）"
fi
if [ "${1:-}" = "--binfmt" ]; then
  exit 0
fi

ROOT=$(cd "${1:?用法：packaging/linux/build-deb-arm64.sh ROOT（Debian 11 arm64 根目录，见脚本开头）}" && pwd)
JDK_IN_ROOT=${PACKAGING_JDK:-/usr/lib/jvm/java-17-openjdk-arm64}
JFX_VERSION=${JFX_VERSION:-21.0.11}
if [ ! -x "$ROOT$JDK_IN_ROOT/bin/jpackage" ] || [ ! -x "$ROOT$JDK_IN_ROOT/bin/jlink" ]; then
  echo "$ROOT 中没有带 jlink 和 jpackage 的 JDK：$JDK_IN_ROOT（见脚本开头如何建立）" >&2
  exit 1
fi

# 1. the jar, with JavaFX for linux-aarch64
# shellcheck disable=SC2086 # MVN_OPTS is a list of options
mvn -B -q ${MVN_OPTS:-} package -DskipTests -Djavafx.platform=linux-aarch64 -Djavafx.version="$JFX_VERSION"
mkdir -p target/arm64
mv target/partydesk.jar target/arm64/partydesk.jar

# 2. build-deb.sh inside ROOT, on a copy of what it needs (the project folder is not mounted there)
SRC=/build/partydesk
rm -rf "${ROOT:?}$SRC"
mkdir -p "$ROOT$SRC/target/arm64" "$ROOT/proc"
cp -a pom.xml packaging "$ROOT$SRC/"
cp target/arm64/partydesk.jar "$ROOT$SRC/target/arm64/partydesk.jar"
cleanup() { umount "$ROOT/proc" 2>/dev/null || true; }
trap cleanup EXIT
mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root \
  PARTYDESK_JAR="$SRC/target/arm64/partydesk.jar" PACKAGING_JDK="$JDK_IN_ROOT" \
  DEB_MAINTAINER="${DEB_MAINTAINER:-PartyDesk 党务台账 <partydesk@localhost>}" \
  /bin/bash "$SRC/packaging/linux/build-deb.sh"
mkdir -p target/dist
cp "$ROOT$SRC"/target/dist/partydesk_*_arm64.deb target/dist/
ls -l target/dist/partydesk_*_arm64.deb
