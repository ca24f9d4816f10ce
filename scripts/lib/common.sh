# shellcheck shell=bash
# Shared helpers of ./dash: messages, the .env file, the JDK, the build and the jar's one-shot subcommands.
# Sourced by ./dash, which sets DASH_ROOT and DASH_STATE_DIR first.

# ---------------------------------------------------------------------------
# Messages: every step says what it does; a failure says why and what to do.
# ---------------------------------------------------------------------------
if [[ -t 1 ]]; then
    C_BOLD=$'\e[1m' C_RED=$'\e[31m' C_YELLOW=$'\e[33m' C_GREEN=$'\e[32m' C_OFF=$'\e[0m'
else
    C_BOLD='' C_RED='' C_YELLOW='' C_GREEN='' C_OFF=''
fi

step() { printf '%s==>%s %s\n' "$C_BOLD" "$C_OFF" "$*"; }
info() { printf '    %s\n' "$*"; }
ok() { printf '    %sok%s %s\n' "$C_GREEN" "$C_OFF" "$*"; }
warn() { printf '%swarning:%s %s\n' "$C_YELLOW" "$C_OFF" "$*" >&2; }

# die WHY [WHAT-TO-DO]
die() {
    printf '%serror:%s %s\n' "$C_RED" "$C_OFF" "$1" >&2
    if [[ $# -gt 1 ]]; then
        printf '       %s\n' "${@:2}" >&2
    fi
    exit 1
}

is_root() { [[ $(id -u) -eq 0 ]]; }

# ---------------------------------------------------------------------------
# The .env file. Values already in the environment win over the file, so CI and
# one-off overrides (DB_PORT=55432 ./dash up) work. Handles KEY=value, export KEY=value,
# "double" and 'single' quotes, and single-quoted values spanning lines (PEM keys).
# The file is parsed, never executed.
# ---------------------------------------------------------------------------
env_file() { printf '%s' "${DASH_ENV_FILE:-$DASH_ROOT/.env}"; }

# shellcheck disable=SC2094 # display_path only formats the name
load_env_file() {
    local file line key value
    file=$(env_file)
    [[ -f $file ]] || { info "no $(display_path "$file"): using defaults (see .env.example)"; return 0; }
    local -i count=0
    local -A from_file=()
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line%$'\r'}
        [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
        if [[ ! $line =~ ^[[:space:]]*(export[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]]; then
            warn "$(display_path "$file"): ignoring a line that is not KEY=value"
            continue
        fi
        key=${BASH_REMATCH[2]}
        value=${BASH_REMATCH[3]}
        if [[ $value == \'* ]]; then
            value=${value#\'}
            while [[ $value != *\'* ]]; do
                IFS= read -r line || die "$(display_path "$file"): the single-quoted value of $key is not closed" \
                    "Close it with a ' at the end of its last line."
                value+=$'\n'"${line%$'\r'}"
            done
            value=${value%%\'*}
        elif [[ $value =~ ^\"(.*)\"[[:space:]]*(#.*)?$ ]]; then
            value=${BASH_REMATCH[1]}
        else
            value=${value%%[[:space:]]#*}
            value=${value%"${value##*[![:space:]]}"}
        fi
        # An empty value means unset; the environment wins; a later line of the file wins over an earlier one.
        if [[ -n $value && ( -z ${!key+set} || -n ${from_file[$key]+set} ) ]]; then
            export "$key=$value"
            from_file[$key]=1
        fi
    done <"$file"
    count=${#from_file[@]}
    info "loaded $count variable(s) from $(display_path "$file")"
}

# Writes KEY=value into the .env file (filling an empty KEY= line, else appending; the file is created private)
# and exports it. For generated secrets: value must not contain '|'.
save_env_value() {
    local key=$1 value=$2 file
    file=$(env_file)
    if [[ ! -f $file ]]; then
        (umask 077 && printf '# Written by ./dash; see .env.example for every variable.\n' >"$file")
    fi
    if grep -qE "^[[:space:]]*${key}=[[:space:]]*$" "$file"; then
        sed -i -E "s|^[[:space:]]*${key}=[[:space:]]*$|${key}=${value}|" "$file"
    else
        [[ -z $(tail -c 1 "$file") ]] || printf '\n' >>"$file"
        printf '%s=%s\n' "$key" "$value" >>"$file"
    fi
    export "$key=$value"
}

random_secret() { od -An -tx1 -N24 /dev/urandom | tr -d ' \n'; }

ensure_role_passwords() {
    local key
    for key in DB_ANALYST_PASS DB_ENGINEER_PASS; do
        if [[ -z ${!key:-} ]]; then
            save_env_value "$key" "$(random_secret)"
            info "generated $key into $(display_path "$(env_file)")"
        fi
    done
}

apply_defaults() {
    export DB_HOST=${DB_HOST:-localhost} DB_PORT=${DB_PORT:-5432} DB_USER=${DB_USER:-dash}
    export DB_PASS=${DB_PASS:-dash} DB_DATABASE=${DB_DATABASE:-dash} PORT=${PORT:-8000}
}

# The environment every subcommand starts from: .env, generated role passwords, defaults.
prepare_env() {
    step "Loading configuration"
    load_env_file
    ensure_role_passwords
    apply_defaults
}

display_path() { local p=$1; printf '%s' "${p#"$DASH_ROOT"/}"; }

# ---------------------------------------------------------------------------
# JDK: JAVA_HOME if >= 21, else the newest JDK >= 21 under /usr/lib/jvm, else java on PATH if >= 21.
# ---------------------------------------------------------------------------
readonly MIN_JAVA=21

# Prints the major version of the JDK at $1 (a JAVA_HOME), or nothing.
jdk_major() {
    local home=$1 version
    [[ -x $home/bin/java && -x $home/bin/javac ]] || return 0
    if [[ -f $home/release ]]; then
        version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
    fi
    if [[ -z ${version:-} ]]; then
        version=$("$home/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
    fi
    version=${version#1.}
    printf '%s' "${version%%[.+-]*}"
}

find_jdk() {
    local home major best='' best_major=0
    if [[ -n ${JAVA_HOME:-} ]]; then
        major=$(jdk_major "$JAVA_HOME")
        if [[ -n $major && $major -ge $MIN_JAVA ]]; then
            printf '%s' "$JAVA_HOME"
            return
        fi
    fi
    for home in /usr/lib/jvm/*/; do
        home=${home%/}
        [[ -L $home ]] && continue
        major=$(jdk_major "$home")
        if [[ -n $major && $major -ge $MIN_JAVA && $major -gt $best_major ]]; then
            best=$home best_major=$major
        fi
    done
    if [[ -n $best ]]; then
        printf '%s' "$best"
        return
    fi
    if command -v javac >/dev/null; then
        home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        major=$(jdk_major "$home")
        if [[ -n $major && $major -ge $MIN_JAVA ]]; then
            printf '%s' "$home"
        fi
    fi
}

select_jdk() {
    step "Picking a JDK (>= $MIN_JAVA)"
    local home
    home=$(find_jdk)
    [[ -n $home ]] || die "no JDK $MIN_JAVA or newer found (JAVA_HOME, /usr/lib/jvm, PATH)." \
        "Install one, e.g. Temurin 25 (apt install temurin-25-jdk from packages.adoptium.net) or" \
        "openjdk-21-jdk on Debian 13, or point JAVA_HOME at it."
    export JAVA_HOME=$home PATH="$home/bin:$PATH"
    ok "JDK $(jdk_major "$home") at $home"
}

# ---------------------------------------------------------------------------
# Build and the jar's subcommands.
# ---------------------------------------------------------------------------
app_jar() { printf '%s' "$DASH_ROOT/target/quarkus-app/quarkus-run.jar"; }
# The built jar's classes, for plain main classes run without booting Quarkus (ask, chat, bench load).
jar_classpath() { printf '%s' "$DASH_ROOT/target/quarkus-app/lib/main/*:$DASH_ROOT/target/quarkus-app/app/*"; }

# DASH_BUILD_PROFILE=bench adds the benchmark-only embedding model (bge) to the build; images never have it.
build_if_stale() {
    step "Checking the build"
    local jar reason='' profile=()
    jar=$(app_jar)
    [[ ${DASH_BUILD_PROFILE:-} == bench ]] && profile=(-Pbench)
    if [[ ! -f $jar ]]; then
        reason="no $(display_path "$jar")"
    elif [[ -n $(find "$DASH_ROOT/src" "$DASH_ROOT/pom.xml" -newer "$jar" -type f -print -quit) ]]; then
        reason="sources changed since the last build"
    elif ((${#profile[@]})) && ! compgen -G "$DASH_ROOT/target/quarkus-app/lib/main/*bge-small*" >/dev/null; then
        reason="the benchmark compares bge-small, which only -Pbench builds include"
    fi
    if [[ -z $reason ]]; then
        ok "$(display_path "$jar") is up to date"
        return
    fi
    info "building ($reason): ./mvnw -B -q package -DskipTests ${profile[*]}"
    (cd "$DASH_ROOT" && ./mvnw -B -q package -DskipTests "${profile[@]}") ||
        die "the build failed (output above)." "Fix the error, then run the command again."
    ok "built $(display_path "$jar")"
}

# java options shared by the server and the one-shot subcommands
java_base_opts() { printf '%s\n' --enable-native-access=ALL-UNNAMED; }

# JDK 25's AOT cache: classes loaded and linked once are mapped from the cache on later starts (about half the
# startup time, README "Startup"). The server uses the cache when it is newer than the jar; otherwise that run trains
# it, and the JVM writes the cache when `./dash down` stops the server.
aot_cache() { printf '%s' "$DASH_STATE_DIR/dash.aot"; }
aot_opts() {
    local major cache
    major=$(jdk_major "${JAVA_HOME:-}")
    [[ -n $major && $major -ge 25 ]] || return 0
    cache=$(aot_cache)
    if [[ -f $cache && $cache -nt $(app_jar) ]]; then
        printf '%s\n' "-XX:AOTCache=$cache"
    else
        rm -f "$cache"
        printf '%s\n' "-XX:AOTCacheOutput=$cache"
    fi
}

# A one-shot subcommand must neither listen on the HTTP or management port nor run schedules.
readonly ONE_SHOT_OPTS=(-Dquarkus.http.host-enabled=false -Dquarkus.management.host-enabled=false
    -Dquarkus.scheduler.enabled=false)

# listen_settings: where the service ./dash starts listens. This machine only (dev mode has no auth) unless DASH_HOST
# says otherwise; metrics on DASH_MANAGEMENT_PORT. The images listen on 0.0.0.0 (application.properties' default).
listen_settings() {
    export DASH_HOST=${DASH_HOST:-127.0.0.1}
    export DASH_MANAGEMENT_PORT=${DASH_MANAGEMENT_PORT:-9000}
}

# Says where the service listens, and warns when that is beyond this machine in dev (no auth).
listen_note() {
    local port=$1 metrics="metrics on $DASH_HOST:$DASH_MANAGEMENT_PORT"
    case $DASH_HOST in
        127.* | localhost | ::1)
            info "listening on $DASH_HOST:$port only ($metrics); set DASH_HOST to open it to the network" ;;
        *)
            if [[ ${RUNTIME_ENV:-dev} == dev ]]; then
                warn "listening on $DASH_HOST:$port with RUNTIME_ENV=dev: anyone who reaches this port" \
                    "may read and change everything (no auth)"
            else
                info "listening on $DASH_HOST:$port ($metrics)"
            fi ;;
    esac
}

# one_shot_log_opts LOG: a one-shot command prints only what its user asked for; the service's own log lines
# (startup, shutdown, warnings) go to LOG, or to the terminal too with DASH_VERBOSE=1.
one_shot_log_opts() {
    printf '%s\n' -Dquarkus.log.file.enabled=true "-Dquarkus.log.file.path=$1" -Dquarkus.log.file.json.enabled=false \
        -Dquarkus.banner.enabled=false
    [[ ${DASH_VERBOSE:-0} == 1 ]] || printf '%s\n' -Dquarkus.log.console.enabled=false
}

# run_jar_command NAME [ARGS...]: runs `java -jar quarkus-run.jar NAME ARGS` once.
# Returns 0 on success, 2 when the jar does not know NAME yet, 1 on any other failure (the log's last lines shown).
run_jar_command() {
    local name=$1 out log rc=0
    mkdir -p "$DASH_STATE_DIR/logs"
    out="$DASH_STATE_DIR/$name.log"
    log="$DASH_STATE_DIR/logs/$name.log"
    : >"$log"
    info "java -jar $(display_path "$(app_jar)") $*   (service log: $(display_path "$log"))"
    # shellcheck disable=SC2046
    java $(java_base_opts) "${ONE_SHOT_OPTS[@]}" $(one_shot_log_opts "$log") -jar "$(app_jar)" "$@" 2>&1 |
        tee "$out" || rc=$?
    if [[ $rc -ne 0 ]] && grep -q 'Unmatched argument' "$out"; then
        return 2
    fi
    if [[ $rc -ne 0 && ${DASH_VERBOSE:-0} != 1 && -s $log ]]; then
        warn "the service's last log lines ($(display_path "$log")):"
        tail -n 15 "$log" >&2
    fi
    [[ $rc -eq 0 ]] || return 1
}
