# shellcheck shell=bash
# Container images of ./dash (`./dash image build|test|compose-test`): which engine builds them, podman's settings when
# it is podman, and the stand-in base images when no registry answers (src/main/docker/base-images.sh).
# Sourced by ./dash after common.sh and postgres.sh (apt_install).

# image_dockerfile KIND: the Dockerfile of an image kind (jvm or native), relative to the repository root.
image_dockerfile() {
    case $1 in
        jvm) printf 'src/main/docker/Dockerfile.jvm' ;;
        native) printf 'src/main/docker/Dockerfile.native' ;;
        *) return 1 ;;
    esac
}

# image_tag KIND: the tag the image gets (compose.yaml names the JVM one dash-jvm).
image_tag() { printf 'dash-%s' "$1"; }

# The base images a Dockerfile pulls (its FROM lines that name no earlier stage).
image_bases() {
    awk 'toupper($1) == "FROM" { name = $2; for (i = 3; i <= NF; i++) if (toupper($i) == "AS") stages[$(i + 1)] = 1
                                 if (!(name in stages)) print name }' "$DASH_ROOT/$(image_dockerfile "$1")" | sort -u
}

# ---------------------------------------------------------------------------
# The engine: docker when a Docker engine answers, else podman. A docker CLI alone is not enough (`docker info` asks
# the engine), and a docker command that is podman in disguise (podman-docker) counts as podman.
# ---------------------------------------------------------------------------
docker_engine_answers() {
    command -v docker >/dev/null || return 1
    timeout 20 docker info >/dev/null 2>&1 || return 1
    ! docker --version 2>/dev/null | grep -qi podman
}

# choose_engine: prints docker or podman. DASH_IMAGE_ENGINE=docker|podman decides instead.
choose_engine() {
    case ${DASH_IMAGE_ENGINE:-} in
        docker | podman) printf '%s' "$DASH_IMAGE_ENGINE" ;;
        '') if docker_engine_answers; then printf docker; else printf podman; fi ;;
        *) die "DASH_IMAGE_ENGINE is '$DASH_IMAGE_ENGINE'." "Set it to docker or podman, or unset it to let ./dash choose." ;;
    esac
}

# What podman needs here (../shared/containers.md): runc (crun cannot create containers on cgroups in hybrid mode),
# the network plugins for build steps, and fuse-overlayfs/uidmap/slirp4netns that podman recommends.
readonly PODMAN_PACKAGES=(podman buildah runc uidmap slirp4netns fuse-overlayfs containernetworking-plugins)

containers_dir() { printf '%s' "$DASH_STATE_DIR/containers"; }

# The default ulimits of podman's containers must fit within this machine's, or `podman run` fails with "error setting
# rlimit"; 20000 open files where the hard limit allows it.
container_nofile() {
    local hard
    hard=$(ulimit -Hn)
    if [[ $hard == unlimited || $hard -ge 20000 ]]; then printf '20000'; else printf '%s' "$hard"; fi
}

# write_podman_config DIR: containers.conf, storage.conf and registries.conf of our own under DIR.
write_podman_config() {
    local dir=$1 nofile
    nofile=$(container_nofile)
    mkdir -p "$dir/storage" "$dir/run"
    cat >"$dir/containers.conf" <<EOF
# Written by ./dash image: podman's settings for Dash's images (README, "Images").
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=32768:32768"]
[engine]
runtime = "runc"
EOF
    cat >"$dir/storage.conf" <<EOF
# Written by ./dash image: images and containers kept here, not in the system's storage.
[storage]
driver = "overlay"
graphroot = "$dir/storage"
runroot = "$dir/run"
EOF
    # The Dockerfiles name Docker Hub's images by short names, as docker does.
    cat >"$dir/registries.conf" <<'EOF'
# Written by ./dash image: short names resolve on Docker Hub, as docker resolves them.
unqualified-search-registries = ["docker.io"]
short-name-mode = "permissive"
EOF
}

# use_podman: installs podman when missing and points it at the settings under .dash/containers.
use_podman() {
    local dir
    dir=$(containers_dir)
    if ! command -v podman >/dev/null || ! command -v runc >/dev/null; then
        step "Installing podman (Debian packages)"
    fi
    apt_install "${PODMAN_PACKAGES[@]}"
    write_podman_config "$dir"
    export CONTAINERS_CONF=$dir/containers.conf CONTAINERS_STORAGE_CONF=$dir/storage.conf
    export CONTAINERS_REGISTRIES_CONF=$dir/registries.conf
}

# ENGINE: the command that builds and runs images, chosen by setup_engine.
ENGINE=''

setup_engine() {
    ENGINE=$(choose_engine)
    if [[ $ENGINE == podman ]]; then
        use_podman
        ok "podman $(podman --version | awk '{print $3}') (no Docker engine answers; storage and settings in $(display_path "$(containers_dir)"))"
    else
        ok "docker: the Docker engine answers"
    fi
}

engine_has_image() { "$ENGINE" image inspect "$1" >/dev/null 2>&1; }

# ---------------------------------------------------------------------------
# Registries. When the one a base image comes from does not answer, local stand-ins take its place.
# ---------------------------------------------------------------------------
registry_of() {
    local first=${1%%/*}
    if [[ $1 == */* && ( $first == *.* || $first == *:* || $first == localhost ) ]]; then
        printf '%s' "$first"
    else
        printf 'registry-1.docker.io'
    fi
}

# registry_answers HOST: any HTTP answer from its API root (401 is the usual one) counts.
registry_answers() {
    local code
    code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 8 "https://$1/v2/" 2>/dev/null) || true
    [[ -n $code && $code != 000 ]]
}

# Base images base-images.sh can stand in for (the JVM image's); the native image's builder cannot be made here.
readonly STAND_IN_IMAGES=(docker.io/library/eclipse-temurin:25-jdk docker.io/library/eclipse-temurin:25-jre)

# normalized_image NAME: docker.io/library/NAME for a short Docker Hub name, NAME otherwise.
normalized_image() {
    local name=$1 first=${1%%/*}
    if [[ $name != */* ]]; then
        name=docker.io/library/$name
    elif [[ $first != *.* && $first != *:* && $first != localhost ]]; then
        name=docker.io/$name
    fi
    printf '%s' "$name"
}

# ensure_base_images KIND: sets PULL_ARGS. Every base image whose registry answers is pulled as usual; otherwise it must
# be in the engine's storage already, or be one base-images.sh makes (then it is made, and we say so).
PULL_ARGS=()
ensure_base_images() {
    local kind=$1 base registry unreachable=() missing=() stand_ins=0
    PULL_ARGS=()
    while IFS= read -r base; do
        registry=$(registry_of "$base")
        registry_answers "$registry" || unreachable+=("$base")
    done < <(image_bases "$kind")
    ((${#unreachable[@]})) || { ok "the registries of the base images answer"; return 0; }
    info "no registry answers for: ${unreachable[*]}"
    PULL_ARGS=(--pull=never)
    [[ $ENGINE == docker ]] && PULL_ARGS=()
    for base in "${unreachable[@]}"; do
        engine_has_image "$(normalized_image "$base")" && continue
        if [[ " ${STAND_IN_IMAGES[*]} " == *" $(normalized_image "$base") "* ]]; then
            stand_ins=1
        else
            missing+=("$base")
        fi
    done
    ((${#missing[@]} == 0)) ||
        die "the base image(s) ${missing[*]} cannot be pulled (no registry answers) and cannot be made here." \
            "The native image needs Mandrel's builder image: build it where quay.io answers (README, \"Images\")."
    if ((stand_ins)); then
        step "Making stand-in base images (no registry answers): localhost/debian:trixie, eclipse-temurin:25-jdk/-jre"
        apt_install debootstrap
        local jdk jdk_args=()
        jdk=$(find_jdk)
        [[ -n $jdk && $(jdk_major "$jdk") == 25 ]] && jdk_args=(--jdk "$jdk")
        timeout "${DASH_IMAGE_BUILD_TIMEOUT:-3600}" "$DASH_ROOT/src/main/docker/base-images.sh" --engine "$ENGINE" \
            "${jdk_args[@]}" ||
            die "making the stand-in base images failed (output above)."
    fi
    printf 'Using local stand-in base images (no registry reachable): %s; building with --pull=never.\n' \
        "${unreachable[*]}"
}

# build_image KIND: builds dash-KIND from the repository root (within DASH_IMAGE_BUILD_TIMEOUT, an hour by default);
# prints the time it took.
build_image() {
    local kind=$1 tag dockerfile start
    tag=$(image_tag "$kind")
    dockerfile=$(image_dockerfile "$kind")
    ensure_base_images "$kind"
    step "Building $tag: $ENGINE build -f $dockerfile -t $tag ${PULL_ARGS[*]} ."
    start=$SECONDS
    (cd "$DASH_ROOT" && timeout "${DASH_IMAGE_BUILD_TIMEOUT:-3600}" "$ENGINE" build "${PULL_ARGS[@]}" -f "$dockerfile" \
        -t "$tag" .) ||
        die "building $tag failed (output above)." "Fix the cause, then run ./dash image build $kind again."
    ok "built $tag in $((SECONDS - start)) s ($(image_size_mb "$tag") MB)"
}

# image_size_mb TAG: the image's size in MB (10^6 bytes), as docker and podman print it.
image_size_mb() {
    local bytes
    bytes=$("$ENGINE" image inspect --format '{{.Size}}' "$1" 2>/dev/null) || return 1
    printf '%s' "$((bytes / 1000000))"
}

# ---------------------------------------------------------------------------
# Subcommands
# ---------------------------------------------------------------------------
cmd_image() {
    local what=${1:-}
    [[ $# -gt 0 ]] && shift
    case $what in
        build) cmd_image_build "$@" ;;
        test) exec bash "$DASH_ROOT/src/test/image/image_test.sh" "$@" ;;
        compose-test) exec bash "$DASH_ROOT/src/test/image/compose_test.sh" "$@" ;;
        *) die "usage: ./dash image build [jvm|native] | test | compose-test" ;;
    esac
}

# image_kind_arg [KIND]: validates the kind argument of `image build` (default jvm).
image_kind_arg() {
    case ${1:-jvm} in
        jvm | native) printf '%s' "${1:-jvm}" ;;
        *) return 1 ;;
    esac
}

cmd_image_build() {
    local kind
    (($# <= 1)) || die "usage: ./dash image build [jvm|native]"
    kind=$(image_kind_arg "${1:-}") || die "unknown image '$1'." "usage: ./dash image build [jvm|native]"
    step "Choosing the container engine"
    setup_engine
    build_image "$kind"
}

