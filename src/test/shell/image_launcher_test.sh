#!/usr/bin/env bash
# `./dash image` without building anything: the engine choice (stub docker/podman on PATH), argument handling, the
# base images each Dockerfile needs and when stand-ins replace them, podman's settings, the Dockerfile fixes, the test
# tokens. Prints "image: N passed, M failed".
# shellcheck disable=SC2016 # the checks hand code to ./dash's functions in single quotes, to expand there
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
# shellcheck source=src/test/shell/lib/check.sh
source "$ROOT/src/test/shell/lib/check.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dash-image-launcher-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# A PATH without docker or podman (a directory holding one is replaced by links to everything else in it), with
# stubs put first where a check needs them.
clean_path=
IFS=: read -ra dirs <<<"$PATH"
for i in "${!dirs[@]}"; do
    dir=${dirs[i]}
    if [[ -e $dir/docker || -e $dir/podman ]]; then
        mkdir -p "$WORK/path/$i"
        ln -s "$dir"/* "$WORK/path/$i/"
        rm -f "$WORK/path/$i/docker" "$WORK/path/$i/podman"
        dir=$WORK/path/$i
    fi
    clean_path+=${clean_path:+:}$dir
done
mkdir -p "$WORK/bin"

# stub NAME BODY: an executable NAME in $WORK/bin running BODY (bash).
stub() { printf '#!/usr/bin/env bash\n%s\n' "$2" >"$WORK/bin/$1" && chmod +x "$WORK/bin/$1"; }
unstub() { rm -f "$WORK/bin/$1"; }

# in_dash CODE: runs CODE with ./dash's functions loaded, the stubs first on PATH, state under $WORK.
in_dash() {
    # shellcheck disable=SC2016 # $1 and $2 expand in the inner shell
    env -u DASH_IMAGE_ENGINE PATH="$WORK/bin:$clean_path" DASH_STATE_DIR="$WORK/state" "${ENV_EXTRA[@]}" \
        bash -c 'source "$1/dash"; eval "$2"' _ "$ROOT" "$1" 2>&1
}
ENV_EXTRA=()

# --- The engine ---------------------------------------------------------------------------------------------
engine_is() { [[ $(in_dash choose_engine) == "$1" ]]; }

stub docker 'case $1 in info) exit 0 ;; --version) echo "Docker version 28.2.2" ;; esac'
check "docker when a Docker engine answers" engine_is docker
stub docker 'case $1 in info) echo "Cannot connect to the Docker daemon" >&2; exit 1 ;; esac'
check "podman when the docker CLI has no engine behind it" engine_is podman
stub docker 'case $1 in info) exit 0 ;; --version) echo "podman version 4.3.1" ;; esac'
check "podman when docker is podman in disguise (podman-docker)" engine_is podman
unstub docker
check "podman when there is no docker at all" engine_is podman
ENV_EXTRA=(DASH_IMAGE_ENGINE=podman)
stub docker 'exit 0'
check "DASH_IMAGE_ENGINE=podman decides" engine_is podman
ENV_EXTRA=(DASH_IMAGE_ENGINE=lxc)
other_engine_refused() { local out; ! out=$(in_dash choose_engine) && grep -q "docker or podman" <<<"$out"; }
check "DASH_IMAGE_ENGINE of another name is refused" other_engine_refused
ENV_EXTRA=()
unstub docker

# --- Arguments ----------------------------------------------------------------------------------------------
dash_fails_with() { # dash_fails_with TEXT ARGS...: ./dash ARGS exits non-zero and says TEXT
    local text=$1 out
    shift
    ! out=$(PATH="$WORK/bin:$clean_path" DASH_STATE_DIR="$WORK/state" "$ROOT/dash" "$@" 2>&1) && grep -qF -- "$text" <<<"$out"
}
kinds() { [[ $(in_dash 'image_kind_arg ""') == jvm && $(in_dash 'image_kind_arg native') == native ]]; }
check "image build defaults to jvm, accepts native" kinds
check "image build of an unknown kind is refused" dash_fails_with "unknown image 'wasm'" image build wasm
check "image build takes one kind" dash_fails_with "usage: ./dash image build [jvm|native]" image build jvm native
check "image without a subcommand prints its usage" dash_fails_with "usage: ./dash image build [jvm|native] | test | compose-test" image
usage_block() { # the image lines of the usage text sit together, right before help
    "$ROOT/dash" help | awk '/^  image build/ { on = 1 } on { print } /^  help/ { exit }' | grep -c '^  image ' | grep -qx 3
}
check "the usage text lists the image commands in one block" usage_block

# --- Base images and registries -----------------------------------------------------------------------------
jvm_bases() { [[ $(in_dash 'image_bases jvm' | tr '\n' ' ') == 'eclipse-temurin:25-jdk eclipse-temurin:25-jre ' ]]; }
check "the JVM image is built FROM eclipse-temurin:25-jdk and -jre" jvm_bases
native_bases() {
    local bases
    bases=$(in_dash 'image_bases native')
    grep -q '^quay.io/quarkus/' <<<"$bases" && grep -q '^registry.access.redhat.com/' <<<"$bases"
}
check "the native image's bases come from quay.io and Red Hat" native_bases
registries() {
    [[ $(in_dash 'registry_of eclipse-temurin:25-jdk; echo; registry_of quay.io/quarkus/x:1; echo
                  normalized_image eclipse-temurin:25-jre') == $'registry-1.docker.io\nquay.io\ndocker.io/library/eclipse-temurin:25-jre' ]]
}
check "short names live on Docker Hub, others on their host" registries

# A podman stub that has the stand-ins already: stand-ins are used with --pull=never, and said so.
stub podman 'case "$1 $2" in "image inspect") exit 0 ;; esac; echo "podman $*" >>"$STUB_LOG"'
export STUB_LOG=$WORK/podman.log
stand_ins_used() {
    local out
    out=$(in_dash 'registry_answers() { return 1; }; ENGINE=podman; ensure_base_images jvm; echo "PULL_ARGS=${PULL_ARGS[*]}"')
    grep -q 'Using local stand-in base images (no registry reachable)' <<<"$out" && grep -qx 'PULL_ARGS=--pull=never' <<<"$out"
}
check "no registry: the stand-ins are used, with --pull=never, and it says so" stand_ins_used
registry_used() {
    local out
    out=$(in_dash 'registry_answers() { return 0; }; ENGINE=podman; ensure_base_images jvm; echo "PULL_ARGS=${PULL_ARGS[*]}"')
    grep -qx 'PULL_ARGS=' <<<"$out" && ! grep -q 'stand-in' <<<"$out"
}
check "registries answer: base images are pulled as usual" registry_used
stub podman 'case "$1 $2" in "image inspect") exit 1 ;; esac'
native_refused() {
    local out
    ! out=$(in_dash 'registry_answers() { return 1; }; ENGINE=podman; ensure_base_images native') &&
        grep -q "cannot be made here" <<<"$out" && grep -q Mandrel <<<"$out"
}
check "no registry: the native image's builder cannot be stood in for, and it says so" native_refused
unstub podman

# --- podman's settings --------------------------------------------------------------------------------------
podman_settings() {
    in_dash 'write_podman_config "$DASH_STATE_DIR/containers"' >/dev/null
    local dir=$WORK/state/containers
    grep -qx 'runtime = "runc"' "$dir/containers.conf" &&
        grep -qE '^default_ulimits = \["nofile=[0-9]+:[0-9]+", "nproc=32768:32768"\]$' "$dir/containers.conf" &&
        grep -qx "graphroot = \"$dir/storage\"" "$dir/storage.conf" && grep -qx "runroot = \"$dir/run\"" "$dir/storage.conf" &&
        grep -q 'unqualified-search-registries = \["docker.io"\]' "$dir/registries.conf"
}
check "podman: runc, ulimits, storage and registries under DASH_STATE_DIR/containers" podman_settings

# --- The Dockerfile and the build context -------------------------------------------------------------------
dockerfile_fixed() {
    local f=$ROOT/src/main/docker/Dockerfile.jvm
    ! grep -q '^RUN .*maven-dependency-plugin' "$f" && grep -q '^RUN ./mvnw -B -q quarkus:go-offline -Dmode=prod$' "$f" &&
        grep -q '^RUN RUNTIME_ENV=dev java .*-XX:AOTCacheOutput=' "$f" && grep -q '^ENV RUNTIME_ENV=prd' "$f"
}
check "Dockerfile.jvm: Quarkus's go-offline, AOT training in dev, the image defaults to prd" dockerfile_fixed
context_kept_small() {
    local pattern
    for pattern in '*' '**/target' '**/.dash' '**/node_modules' '**/.git' '**/.env*'; do
        grep -qxF -- "$pattern" "$ROOT/.dockerignore" || return 1
    done
}
compose_portable() {
    ! grep -v '^[[:space:]]*#' "$ROOT/compose.yaml" | grep -qF ':-}' &&
        grep -qF -- '- "127.0.0.1:${PORT:-8000}:8000"' "$ROOT/compose.yaml"
}
check "compose.yaml: no empty defaults (podman-compose leaves them unexpanded); the API on 127.0.0.1" compose_portable
check ".dockerignore keeps target, .dash, node_modules, .git and .env out" context_kept_small

# --- Test tokens ----------------------------------------------------------------------------------------------
token_verifies() {
    # shellcheck source=src/test/image/lib.sh
    source "$ROOT/src/test/image/lib.sh"
    make_key_pair "$WORK"
    local token header payload
    token=$(mint_token "$WORK/private.pem" alice '["teams:run"]')
    IFS=. read -r header payload _ <<<"$token"
    printf '%s.%s' "$header" "$payload" >"$WORK/signed"
    # base64url back to bytes for openssl
    local sig=${token##*.}
    sig=$(printf '%s' "$sig" | tr -- '-_' '+/')
    while (( ${#sig} % 4 )); do sig+='='; done
    printf '%s' "$sig" | openssl base64 -d -A >"$WORK/sig"
    openssl dgst -sha256 -verify "$WORK/public.pem" -signature "$WORK/sig" "$WORK/signed" >/dev/null &&
        [[ $(stat -c %a "$WORK/private.pem") == 600 ]]
}
check "the image test's tokens verify with its public key (RS256); the private key is private" token_verifies

shellcheck_clean() {
    (cd "$ROOT" && shellcheck -x dash scripts/lib/image.sh src/main/docker/*.sh src/test/image/*.sh \
        src/test/image/pgvector/entrypoint.sh src/test/shell/image_launcher_test.sh)
}
check "shellcheck passes on the image scripts" shellcheck_clean

echo "image: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
