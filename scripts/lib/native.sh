# shellcheck shell=bash
# ./dash native-check: GraalVM's native-image analysis of the application, run from the builder's jars on Maven
# Central on this JDK (no GraalVM needed; ../shared/native-analysis.md). It fails with the builder's fatal errors
# (a thread or an object of a run-time-initialized class in the image heap, a missing class); it cannot compile,
# link or run the executable. Sourced by ./dash after postgres.sh (which defines apt_install).

native_dir() { printf '%s' "$DASH_ROOT/target/native-check"; }

# The JDK the builder runs on must be 25 (the builder jars are GraalVM 25's) and have JVMCI, as Temurin 25 has.
native_require_jdk() {
    local major
    major=$(jdk_major "$JAVA_HOME")
    [[ $major == 25 ]] || die "the native-image builder 25 needs JDK 25 (this is JDK $major at $JAVA_HOME)." \
        "Install Temurin 25 (apt install temurin-25-jdk from packages.adoptium.net) or set JAVA_HOME to it."
    "$JAVA_HOME/bin/java" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI -version >/dev/null 2>&1 ||
        die "the JDK at $JAVA_HOME has no JVMCI, which the builder needs." "Use Temurin 25."
}

native_memory_note() {
    local available
    available=$(awk '/^MemAvailable:/ {print int($2 / 1048576)}' /proc/meminfo 2>/dev/null || true)
    if [[ -n $available ]] && ((available < 10)); then
        warn "only ${available} GB of memory available; the analysis peaks at about 10 GB (NATIVE_CHECK_MAX_HEAP" \
            "is ${NATIVE_CHECK_MAX_HEAP}) and may fail for lack of memory"
    fi
}

# Quarkus's native build steps without GraalVM: target/native-sources (native-image.args, the runner jar, lib/).
native_sources() {
    step "Quarkus's native build steps: ./mvnw -B -q package -Dnative -Dquarkus.native.sources-only=true -DskipTests"
    (cd "$DASH_ROOT" && ./mvnw -B -q package -Dnative -Dquarkus.native.sources-only=true -DskipTests) ||
        die "the native build steps failed (output above)." "Fix the error, then run ./dash native-check again."
    ok "$(display_path "$DASH_ROOT/target/native-sources")"
}

native_builder_jars() {
    local dir
    dir=$(native_dir)/builder
    step "GraalVM's builder jars (src/main/native-check/pom.xml)"
    (cd "$DASH_ROOT" && ./mvnw -B -q -f src/main/native-check/pom.xml dependency:copy-dependencies \
        -DoutputDirectory="$dir" -DoverWriteIfNewer=true) ||
        die "could not fetch org.graalvm.nativeimage:svm and its dependencies (output above)." \
            "Check the Maven mirror (native-check needs svm 25.0.4 from Maven Central)."
    ok "$(find "$dir" -name '*.jar' | wc -l) jars in $(display_path "$dir")"
}

# A copy of the JDK home with the helper library the builder loads from <java.home>/lib/svm/builder/lib: the JVM
# resolves java.home through symbolic links, so it has to be a copy. Made once; removed with target/. The builder also
# insists that the JDK's static libraries (lib/libjava.a, libnio.a, libnet.a) exist before it starts, but reads them
# only to link, which the check never reaches: empty files stand in for them (a link would fail on them, loudly).
native_java_home() {
    local home lib
    home=$(native_dir)/jdk
    lib=$home/lib/svm/builder/lib/libreporterchelper.so
    step "The builder's Java home ($(display_path "$home"))"
    if [[ ! -x $home/bin/java ]]; then
        rm -rf "$home"
        mkdir -p "$(dirname "$home")"
        rm -rf "$home.partial"
        cp -a "$JAVA_HOME" "$home.partial" || die "could not copy $JAVA_HOME to $(display_path "$home")."
        mv "$home.partial" "$home"
    fi
    if [[ ! -f $lib || $DASH_ROOT/src/main/native-check/reporterchelper.c -nt $lib ]]; then
        mkdir -p "$(dirname "$lib")"
        gcc -shared -fPIC -O2 -I"$JAVA_HOME/include" -I"$JAVA_HOME/include/linux" \
            -o "$lib" "$DASH_ROOT/src/main/native-check/reporterchelper.c" ||
            die "could not compile libreporterchelper.so (output above)."
    fi
    local static
    for static in java nio net; do
        [[ -f $home/lib/lib$static.a ]] || : >"$home/lib/lib$static.a"
    done
    ok "copy of $JAVA_HOME with $(display_path "$lib")"
}

# The C headers the builder compiles its queries of struct layouts against (-H:CLibraryPath): our stand-ins for
# GraalVM's own (src/main/native-check/include, layout only) and the JDK's JNI headers. Needs gcc.
native_clibraries() {
    local dir
    dir=$(native_dir)/clibraries
    command -v gcc >/dev/null || apt_install gcc libc6-dev
    rm -rf "$dir" && mkdir -p "$dir/include"
    cp "$DASH_ROOT"/src/main/native-check/include/*.h "$JAVA_HOME/include/jni.h" "$JAVA_HOME/include/linux/jni_md.h" \
        "$dir/include/"
}

# Runs the builder on the argument file in the background: a deadline, and the peak RSS (VmHWM) sampled each second.
native_run_builder() {
    local args=$1 log=$2 work=$3 deadline=$4 pid waited=0 peak=0 hwm rc=0
    (cd "$work" && JVMCI_VERSION_CHECK=ignore exec "$(native_dir)/jdk/bin/java" "@$args" >"$log" 2>&1) &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
        [[ -n $hwm ]] && ((hwm > peak)) && peak=$hwm
        if ((waited >= deadline)); then
            kill -- "$pid" 2>/dev/null || true
            sleep 5
            kill -KILL -- "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
            die "the analysis did not finish within $deadline s (log: $(display_path "$log"))." \
                "Raise NATIVE_CHECK_TIMEOUT, or look at the log's last phase."
        fi
        sleep 1
        waited=$((waited + 1))
    done
    wait "$pid" || rc=$?
    NATIVE_PEAK_MB=$((peak / 1024)) NATIVE_SECONDS=$waited
    return "$rc"
}

# The builder's fatal errors: from the first "Error:" or "Fatal error:" line on, at most 80 lines.
native_errors() {
    awk '/^(Fatal error|Error):/ || /^\[[^]]*\] *Error:/ {found = 1} found && shown < 80 {print; shown++}' "$1"
}

cmd_native_check() {
    local dir args log rc=0
    NATIVE_CHECK_MAX_HEAP=${NATIVE_CHECK_MAX_HEAP:-12g}
    select_jdk
    native_require_jdk
    native_memory_note
    native_sources
    native_builder_jars
    native_clibraries
    native_java_home
    dir=$(native_dir)
    args=$dir/builder.args log=$dir/builder.log
    rm -rf "$dir/work" && mkdir -p "$dir/work"
    step "Translating the driver's arguments (dev.dash.ops.nativecheck)"
    java -cp "$DASH_ROOT/target/classes" dev.dash.ops.nativecheck.NativeCheckMain "$DASH_ROOT/target/native-sources" \
        "$dir/builder" "$dir/jdk" "$dir/clibraries" "$dir/work" "$NATIVE_CHECK_MAX_HEAP" "$args" ||
        die "could not translate target/native-sources/native-image.args (output above)."
    step "Running the builder's analysis (-H:+ExitAfterAnalysis; about 4 min and 9 GB; log: $(display_path "$log"))"
    native_run_builder "$args" "$log" "$dir/work" "${NATIVE_CHECK_TIMEOUT:-1800}" || rc=$?
    info "took ${NATIVE_SECONDS} s, peak RSS ${NATIVE_PEAK_MB} MB"
    if ((rc == 0)) && [[ -z $(native_errors "$log") ]] && grep -q 'analysis' "$log"; then
        grep -E '^ *[0-9,]+ (types|fields|methods)' "$log" | head -3 | sed 's/^ */    /' || true
        printf '\n%sThe native analysis passed.%s\n' "$C_GREEN" "$C_OFF"
        return 0
    fi
    printf -- '--- the builder'"'"'s errors (full log: %s) ---\n' "$(display_path "$log")" >&2
    if [[ -n $(native_errors "$log") ]]; then native_errors "$log" >&2; else tail -n 40 "$log" >&2; fi
    printf -- '---\n' >&2
    die "the native analysis failed (exit status $rc; the builder's errors above)." \
        "An error about the application (image heap, class initialization, a missing class) fails a real native build too."
}
