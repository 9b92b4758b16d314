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
# With the JDK's default CDS archive of its own classes (java -Xshare:dump): every start maps them instead of
# loading them, and an app archive (AppCDS, build-deb.sh) can be laid on top of it.
build_runtime() {
  local jdk=$1 jar=$2 out=$3 modules
  modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
  modules="$modules,jdk.localedata,jdk.charsets,jdk.zipfs,java.naming,java.management"
  echo "运行时模块：$modules"
  "$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,zh \
    --strip-debug --no-header-files --no-man-pages \
    --output "$out"
  # the archive is made by the new runtime's java with the options every start passes (a CDS archive made without
  # them is refused in part at each start, with an error printed); the launcher needs no program of bin/ afterwards
  # shellcheck disable=SC2046 # module_options gives words without spaces
  "$out/bin/java" -Xshare:dump $(module_options "$jdk") >/dev/null
  rm -rf "${out:?}/bin"
}

# module_options JDK: the JVM options every start of the app passes that the JDK's CDS archive must be made with too
# (words without spaces): from JDK 22 on native access (JavaFX loads its libraries with System.load) and from JDK 24
# on sun.misc.Unsafe (JavaFX's Marlin renderer), both allowed, so that the runtime prints no warnings at each start
# (the options do not exist in older JDKs, which would refuse to start).
module_options() {
  local major
  major=$("$1/bin/jlink" --version | cut -d. -f1)
  if [ "$major" -ge 22 ]; then
    printf '%s ' --enable-native-access=ALL-UNNAMED
  fi
  if [ "$major" -ge 24 ]; then
    printf '%s ' --sun-misc-unsafe-memory-access=allow
  fi
}

# file_options FILE: the options of one of packaging/java-options*.txt, one a line, without its comments and blank lines
file_options() {
  grep -v -e '^#' -e '^[[:space:]]*$' "$1"
}

# launcher_java_options JDK PLATFORM: the launcher's JVM options for a runtime of JDK, as jpackage arguments (words
# without spaces): those of packaging/java-options.txt (UTF-8, the heap, the compiler), those of
# packaging/java-options-PLATFORM.txt where there is one (linux-amd64: the heap in huge pages), and the module options
# above. PLATFORM: linux-<Debian architecture> for the .deb, macos for the Mac app.
launcher_java_options() {
  local option file
  for file in packaging/java-options.txt "packaging/java-options-$2.txt"; do
    [ -f "$file" ] || continue
    for option in $(file_options "$file"); do
      printf '%s ' --java-options "$option"
    done
  done
  for option in $(module_options "$1"); do
    printf '%s ' --java-options "$option"
  done
}

# cli_launcher_cfg: the lines that give the command line's launcher the options of packaging/java-options-cli.txt (the
# serial collector), to be appended to its .cfg in the app image (jpackage gives an added launcher the main one's
# options; these are the command line's own, decision 0037).
cli_launcher_cfg() {
  local option
  for option in $(file_options packaging/java-options-cli.txt); do
    printf 'java-options=%s\n' "$option"
  done
}
