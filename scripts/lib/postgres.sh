# shellcheck shell=bash
# Database bootstrap of ./dash: a PostgreSQL that answers at DB_HOST:DB_PORT (reused, or a private cluster
# under .dash/pg), pgvector, and the steps only a superuser can take (login, database, extension, revokes).
# Everything here is idempotent. Sourced by ./dash after common.sh.

is_local_db_host() { [[ $DB_HOST == localhost || $DB_HOST == 127.0.0.1 || $DB_HOST == ::1 ]]; }

db_answers() { PGCONNECT_TIMEOUT=3 pg_isready -q -h "$DB_HOST" -p "$DB_PORT" -t 3; }

# ---------------------------------------------------------------------------
# Debian packages
# ---------------------------------------------------------------------------
APT_UPDATED=0

# apt-get with retries while another apt/dpkg process holds the lock; output shown only on failure.
apt_get() {
    local attempt out
    for attempt in {1..40}; do
        if out=$(DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=60 "$@" 2>&1 </dev/null); then
            return 0
        fi
        if grep -qiE 'could not get lock|unable to acquire|lock-frontend|is another process using it' <<<"$out"; then
            info "apt is busy (another process holds its lock), retry $attempt in 5 s"
            sleep 5
            continue
        fi
        printf '%s\n' "$out" | tail -n 25 >&2
        return 1
    done
    return 1
}

is_installed() { [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]; }

# apt_install PACKAGE...: installs those not installed yet (apt-get update once per run).
apt_install() {
    local package missing=()
    for package in "$@"; do
        is_installed "$package" || missing+=("$package")
    done
    ((${#missing[@]})) || return 0
    set -- "${missing[@]}"
    if ! is_root || ! command -v apt-get >/dev/null; then
        die "missing packages: $*" "Install them (apt-get install $*), or run ./dash as root to let it install them."
    fi
    if [[ $APT_UPDATED -eq 0 ]]; then
        info "apt-get update"
        apt_get update || die "apt-get update failed (output above)." "Check the network and /etc/apt/sources.list."
        APT_UPDATED=1
    fi
    info "apt-get install -y $*   (may take a minute)"
    apt_get install -y --no-install-recommends "$@" || die "installing $* failed (output above)."
    ok "installed $*"
}

ensure_client_tools() {
    command -v psql >/dev/null && command -v pg_isready >/dev/null && return
    step "Installing the PostgreSQL client"
    apt_install postgresql-client
}

# The newest installed server binaries: /usr/lib/postgresql/<major>/bin on Debian, else initdb on PATH.
server_bin_dir() {
    local dir best='' major best_major=0
    for dir in /usr/lib/postgresql/*/bin; do
        [[ -x $dir/initdb && -x $dir/pg_ctl ]] || continue
        major=$(basename "$(dirname "$dir")")
        if [[ $major =~ ^[0-9]+$ && $major -gt $best_major ]]; then
            best=$dir best_major=$major
        fi
    done
    if [[ -z $best ]] && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        best=$(dirname "$(readlink -f "$(command -v initdb)")")
    fi
    printf '%s' "$best"
}

ensure_server_binaries() {
    [[ -n $(server_bin_dir) ]] && return
    step "Installing PostgreSQL (Debian packages postgresql, postgresql-client)"
    apt_install postgresql postgresql-client
}

# ---------------------------------------------------------------------------
# The private cluster: initdb under .dash/pg, listening on 127.0.0.1:DB_PORT only, socket inside it.
# As root, PostgreSQL runs as the postgres OS user (initdb and pg_ctl refuse root).
# ---------------------------------------------------------------------------
as_cluster_owner() {
    if is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# Where the cluster lives: recorded in .dash/pg-root once chosen.
pg_root() {
    if [[ -f $DASH_STATE_DIR/pg-root ]]; then
        cat "$DASH_STATE_DIR/pg-root"
    else
        printf '%s' "$DASH_STATE_DIR/pg"
    fi
}

pg_socket_dir() { printf '%s' "$(pg_root)/run"; }

# Chooses .dash/pg, or /var/lib/dash/<hash> when the postgres user cannot reach the checkout.
choose_pg_root() {
    local root=$DASH_STATE_DIR/pg
    mkdir -p "$root"
    if is_root; then
        id postgres >/dev/null 2>&1 ||
            die "there is no postgres OS user to run the private cluster." "Install Debian's postgresql package."
        chown postgres:postgres "$root"
        if ! as_cluster_owner test -w "$root"; then
            rmdir "$root"
            root=/var/lib/dash/$(printf '%s' "$DASH_STATE_DIR" | sha256sum | cut -c1-16)
            info "the postgres user cannot reach $(display_path "$DASH_STATE_DIR") (a parent directory is not traversable)"
            mkdir -p "$root"
            chown postgres:postgres "$root"
        fi
    fi
    printf '%s\n' "$root" >"$DASH_STATE_DIR/pg-root"
    info "cluster directory: $root"
}

# The binaries that match the cluster's data directory.
cluster_bin_dir() {
    local version_file dir
    version_file="$(pg_root)/data/PG_VERSION"
    if [[ -f $version_file ]]; then
        dir=/usr/lib/postgresql/$(<"$version_file")/bin
        [[ -x $dir/pg_ctl ]] && { printf '%s' "$dir"; return; }
    fi
    server_bin_dir
}

private_cluster_exists() { [[ -f "$(pg_root)/data/PG_VERSION" ]]; }

private_cluster_running() {
    private_cluster_exists && as_cluster_owner "$(cluster_bin_dir)/pg_ctl" -D "$(pg_root)/data" status >/dev/null 2>&1
}

init_private_cluster() {
    local bin=$1 root data
    choose_pg_root
    root=$(pg_root)
    data=$root/data
    info "initdb $data"
    as_cluster_owner mkdir -p "$root/run"
    as_cluster_owner "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C \
        --auth-local=trust --auth-host=scram-sha-256 >"$root/initdb.log" 2>&1 ||
        die "initdb failed: see $root/initdb.log" "Remove $root and run the command again."
    as_cluster_owner tee -a "$data/postgresql.conf" >/dev/null <<EOF

# Written by ./dash: a private cluster reachable only from this machine.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$root/run'
EOF
}

start_private_cluster() {
    local bin root
    if ! private_cluster_exists; then
        ensure_server_binaries
        bin=$(server_bin_dir)
        step "Creating a private PostgreSQL $("$bin/postgres" --version | awk '{print $3}') cluster on 127.0.0.1:$DB_PORT"
        init_private_cluster "$bin"
    else
        step "Starting the private PostgreSQL cluster on 127.0.0.1:$DB_PORT"
    fi
    bin=$(cluster_bin_dir)
    root=$(pg_root)
    as_cluster_owner "$bin/pg_ctl" -D "$root/data" -l "$root/postgresql.log" -o "-p $DB_PORT" -w -t 60 start >/dev/null ||
        die "the private cluster did not start: see $root/postgresql.log" \
            "Is port $DB_PORT taken by something that is not PostgreSQL? Pick another DB_PORT."
    : >"$DASH_STATE_DIR/pg-started-by-dash"
    ok "listening on 127.0.0.1:$DB_PORT (data: $root/data, log: $root/postgresql.log)"
}

stop_private_cluster() {
    if ! private_cluster_running; then
        rm -f "$DASH_STATE_DIR/pg-started-by-dash"
        return
    fi
    if [[ ! -f $DASH_STATE_DIR/pg-started-by-dash ]]; then
        info "the private PostgreSQL cluster was not started by ./dash up: leaving it running"
        return
    fi
    step "Stopping the private PostgreSQL cluster"
    as_cluster_owner "$(cluster_bin_dir)/pg_ctl" -D "$(pg_root)/data" -m fast -w -t 60 stop >/dev/null ||
        die "pg_ctl stop failed: see $(pg_root)/postgresql.log"
    rm -f "$DASH_STATE_DIR/pg-started-by-dash"
    ok "stopped"
}

ensure_server() {
    step "Looking for PostgreSQL at $DB_HOST:$DB_PORT"
    if db_answers; then
        if is_local_db_host && private_cluster_running; then
            ok "the private cluster in $(pg_root) is running"
        else
            ok "a server answers: reusing it"
        fi
        return
    fi
    is_local_db_host ||
        die "no PostgreSQL answers at $DB_HOST:$DB_PORT, and that host is not this machine." \
            "Start that server, or fix DB_HOST/DB_PORT in .env (unset DB_HOST to let ./dash run a local one)."
    if ! private_cluster_exists; then
        ensure_server_binaries
        # Debian's package may have started its own cluster on that port.
        if db_answers; then
            ok "the freshly installed server answers: reusing it"
            return
        fi
    fi
    start_private_cluster
}

# ---------------------------------------------------------------------------
# Connections: a local superuser when there is one, and the service's own login.
# ---------------------------------------------------------------------------
SUPERUSER_MODE=''
QUIET_PG='-c client_min_messages=warning'

superuser_psql() {
    local db=$1
    shift
    case $SUPERUSER_MODE in
        private) PGOPTIONS=$QUIET_PG psql -X -q -v ON_ERROR_STOP=1 -h "$(pg_socket_dir)" -p "$DB_PORT" -U postgres -d "$db" "$@" ;;
        tcp) env -u PGPASSWORD PGCONNECT_TIMEOUT=5 PGOPTIONS="$QUIET_PG" psql -X -q -w -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U postgres -d "$db" "$@" ;;
        socket) PGOPTIONS=$QUIET_PG as_cluster_owner psql -X -q -v ON_ERROR_STOP=1 -p "$DB_PORT" -d "$db" "$@" ;;
        *) return 1 ;;
    esac
}

app_psql() {
    PGPASSWORD=$DB_PASS PGCONNECT_TIMEOUT=5 PGOPTIONS=$QUIET_PG psql -X -q -w -v ON_ERROR_STOP=1 \
        -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "${1:-$DB_DATABASE}" "${@:2}"
}

is_superuser_connection() {
    [[ $(superuser_psql postgres -tAc 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user' 2>/dev/null) == t ]]
}

find_superuser() {
    step "Looking for a local superuser connection"
    local mode
    local candidates=()
    if is_local_db_host && private_cluster_running; then
        candidates+=(private)
    fi
    candidates+=(tcp)
    if is_root && is_local_db_host && id postgres >/dev/null 2>&1; then
        candidates+=(socket)
    fi
    for mode in "${candidates[@]}"; do
        SUPERUSER_MODE=$mode
        if is_superuser_connection; then
            case $mode in
                private) ok "the private cluster's superuser postgres (socket $(pg_socket_dir))" ;;
                tcp) ok "postgres@$DB_HOST:$DB_PORT without a password" ;;
                socket) ok "the postgres OS user through the default socket" ;;
            esac
            return 0
        fi
    done
    SUPERUSER_MODE=''
QUIET_PG='-c client_min_messages=warning'
    info "none found: skipping the superuser steps (extension, login, database, revokes)."
    info "On a managed database whose URL is a superuser's, the service takes these steps itself."
    return 1
}

# ---------------------------------------------------------------------------
# pgvector: built from Debian trixie's source package through a private apt sources file,
# leaving the system's apt configuration untouched.
# ---------------------------------------------------------------------------
server_major() { superuser_psql postgres -tAc "SELECT current_setting('server_version_num')::int / 10000"; }

pg_config_for() {
    local major=$1
    if [[ -x /usr/lib/postgresql/$major/bin/pg_config ]]; then
        printf '%s' "/usr/lib/postgresql/$major/bin/pg_config"
    fi
}

ensure_pgvector() {
    local major sharedir pg_config
    major=$(server_major)
    pg_config=$(pg_config_for "$major")
    if [[ -n $pg_config ]]; then
        sharedir=$("$pg_config" --sharedir)
    else
        sharedir=/usr/share/postgresql/$major
    fi
    if [[ -f $sharedir/extension/vector.control ]]; then
        ok "pgvector is installed for PostgreSQL $major"
        return
    fi
    if [[ ! -d /usr/lib/postgresql/$major ]]; then
        warn "pgvector: PostgreSQL $major's files are not on this machine (a container?); install pgvector in that server."
        return
    fi
    step "Building pgvector for PostgreSQL $major from Debian trixie's source package"
    apt_install "postgresql-server-dev-$major" build-essential
    build_pgvector "/usr/lib/postgresql/$major/bin/pg_config"
    [[ -f $sharedir/extension/vector.control ]] || die "pgvector was built but $sharedir/extension/vector.control is missing."
    ok "pgvector installed for PostgreSQL $major"
}

build_pgvector() {
    local pg_config=$1 apt_dir=$DASH_STATE_DIR/apt tarball
    local apt_opts=(-o "Dir::Etc::sourcelist=$apt_dir/sources.list" -o Dir::Etc::sourceparts=-
        -o "Dir::State::Lists=$apt_dir/lists" -o APT::Get::List-Cleanup=0)
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/source"
    printf 'deb-src http://deb.debian.org/debian trixie main\n' >"$apt_dir/sources.list"
    info "apt-get update (private sources: $(display_path "$apt_dir/sources.list"))"
    apt_get "${apt_opts[@]}" update || die "apt-get update of the trixie sources failed (output above)."
    info "apt-get source --download-only pgvector"
    (cd "$apt_dir/source" && apt_get "${apt_opts[@]}" source --download-only pgvector) ||
        die "downloading pgvector's source failed (output above)."
    tarball=$(find "$apt_dir/source" -maxdepth 1 -name 'pgvector_*.orig.tar.*' | sort -V | tail -n 1)
    [[ -n $tarball ]] || die "no pgvector_*.orig.tar.* in $apt_dir/source after apt-get source."
    info "make && make install ($(basename "$tarball"))"
    rm -rf "$apt_dir/build"
    mkdir -p "$apt_dir/build"
    tar -xf "$tarball" -C "$apt_dir/build" --strip-components=1
    if ! { make -C "$apt_dir/build" PG_CONFIG="$pg_config" && make -C "$apt_dir/build" PG_CONFIG="$pg_config" install; } \
        >"$apt_dir/build.log" 2>&1; then
        die "building pgvector failed: see $apt_dir/build.log"
    fi
}

# ---------------------------------------------------------------------------
# The superuser steps: the login, the database, superuser.sql, the internal schema's owner.
# ---------------------------------------------------------------------------

# Quotes a value for psql's \set (single quotes; ' and \ escaped).
psql_quote() {
    local v=${1//\\/\\\\}
    printf "'%s'" "${v//\'/\'\'}"
}

ensure_login_and_database() {
    local database=$1
    superuser_psql postgres <<SQL
\\set login $(psql_quote "$DB_USER")
\\set password $(psql_quote "$DB_PASS")
\\set database $(psql_quote "$database")
SET log_statement = 'none';
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'login') AS login_missing,
       NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') AS database_missing \\gset
\\if :login_missing
CREATE ROLE :"login" LOGIN CREATEROLE PASSWORD :'password';
\\echo '    ok created login' :login '(LOGIN CREATEROLE)'
\\else
ALTER ROLE :"login" LOGIN CREATEROLE PASSWORD :'password';
\\echo '    ok login' :login 'exists (LOGIN CREATEROLE, password from DB_PASS)'
\\endif
\\if :database_missing
CREATE DATABASE :"database" OWNER :"login";
\\echo '    ok created database' :database
\\else
\\echo '    ok database' :database 'exists'
\\endif
SQL
}

run_superuser_sql() {
    local database=$1
    superuser_psql "$database" <"$DASH_ROOT/src/main/resources/db/setup/superuser.sql" >/dev/null
    superuser_psql "$database" -c "ALTER SCHEMA dash_internal OWNER TO \"${DB_USER//\"/\"\"}\"" >/dev/null
    ok "superuser.sql applied (vector extension, revokes); dash_internal owned by $DB_USER"
}

check_app_login() {
    local database=$1 error
    if error=$(app_psql "$database" -tAc 'SELECT 1' 2>&1 >/dev/null); then
        ok "$DB_USER can log in to $database at $DB_HOST:$DB_PORT"
    else
        die "the service's login cannot connect: ${error##*FATAL:  }" \
            "Check DB_USER/DB_PASS/DB_DATABASE in .env, or create that login and database on the server."
    fi
}

# ensure_database [DATABASE]: everything the service needs before it migrates as its own login.
ensure_database() {
    local database=${1:-$DB_DATABASE}
    ensure_client_tools
    ensure_server
    if find_superuser; then
        step "Superuser steps for database $database"
        if is_local_db_host; then
            ensure_pgvector
        fi
        ensure_login_and_database "$database" || die "the superuser steps failed (output above)."
        run_superuser_sql "$database"
    fi
    check_app_login "$database"
}
