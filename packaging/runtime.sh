# Shared by packaging/linux/build-deb.sh and packaging/macos/build-macos.sh (sourced, not run): the shipped jar
# with one platform's SQLite native library, and a Java runtime with only the modules the app uses.
# Written for bash 3.2 (macOS) and POSIX tools (zip, unzip, sed).

# The project's version: the first <version> after <artifactId>partydesk</artifactId> in pom.xml (POSIX sed).
project_version() {
  sed -n '/<artifactId>partydesk<\/artifactId>/{n;s|.*<version>\(.*\)</version>.*|\1|p;q;}' pom.xml
}

# copy_jar_for_platform JAR OUT_DIR SQLITE_DIR: copies JAR into OUT_DIR, keeping of org/sqlite/native/ only
# SQLITE_DIR (e.g. Linux/x86_64, Mac/aarch64): the other ~20 platforms' libraries are 24 MiB.
copy_jar_for_platform() {
  local jar=$1 out=$2 keep=$3 copy others
  copy="$out/$(basename "$jar")"
  cp "$jar" "$copy"
  others=$(unzip -Z1 "$copy" 'org/sqlite/native/*' | grep -v -e "^org/sqlite/native/$keep/" -e '/$' || true)
  if [ -n "$others" ]; then
    # shellcheck disable=SC2086 # one entry a word (the names contain no spaces)
    zip -q -d "$copy" $others
  fi
  if ! unzip -Z1 "$copy" "org/sqlite/native/$keep/*" >/dev/null 2>&1; then
    echo "jar 中没有 org/sqlite/native/$keep" >&2
    return 1
  fi
}

# build_runtime JDK JAR OUT: a runtime for JAR made with JDK's jlink: the modules jdeps finds, plus those found
# only at run time: Chinese dates and numbers (jdk.localedata, zh and en only), GBK/GB18030 files (jdk.charsets),
# zip file systems, JNDI (Flyway's and jOOQ's optional look-ups), JMX (Flyway's logging probes). Not compressed
# (jlink --compress): the installed runtime would be 34 MiB smaller but the .deb 14 MiB larger and start slower.
# With the JDK's default CDS archive of its own classes (--generate-cds-archive): every start maps them instead of
# loading them, and an app archive (AppCDS, build-deb.sh) can be laid on top of it.
build_runtime() {
  local jdk=$1 jar=$2 out=$3 modules
  modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
  modules="$modules,jdk.localedata,jdk.charsets,jdk.zipfs,java.naming,java.management"
  echo "运行时模块：$modules"
  "$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,zh \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
    --output "$out"
  # the archive is made by running the new runtime's java; the launcher needs no program of bin/ afterwards
  rm -rf "${out:?}/bin"
}

# launcher_java_options JDK: the launcher's JVM options for a runtime of JDK, as jpackage arguments (words without
# spaces). Always UTF-8 and 1 GiB of heap; from JDK 22 on also native access (JavaFX loads its libraries with
# System.load) and from JDK 24 on sun.misc.Unsafe (JavaFX's Marlin renderer), both allowed, so that the runtime
# prints no warnings at each start (the options do not exist in older JDKs, which would refuse to start).
launcher_java_options() {
  local major
  major=$("$1/bin/jlink" --version | cut -d. -f1)
  printf '%s ' --java-options -Dfile.encoding=UTF-8 --java-options -Xmx1g
  if [ "$major" -ge 22 ]; then
    printf '%s ' --java-options --enable-native-access=ALL-UNNAMED
  fi
  if [ "$major" -ge 24 ]; then
    printf '%s ' --java-options --sun-misc-unsafe-memory-access=allow
  fi
}
