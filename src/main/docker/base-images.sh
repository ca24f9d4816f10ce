#!/usr/bin/env bash
# Makes local stand-ins for the JVM image's base images where no registry answers (`./dash image build` runs it then):
#   localhost/debian:trixie                 debootstrap's minbase trixie, with this machine's local CA certificates
#   eclipse-temurin:25-jdk and :25-jre      that Debian plus this machine's Temurin 25 in /opt/java/openjdk
# Both Temurin tags are the same JDK image: the JVM image's runtime stage then carries a JDK, not a JRE (bigger).
#
#   src/main/docker/base-images.sh [--engine podman|docker] [--jdk DIR] [--mirror URL] [--force]
#
# Needs root, debootstrap and the engine (podman with the settings ./dash writes, or docker). Images that exist are
# kept unless --force.
set -euo pipefail

ENGINE=podman
JDK=/usr/lib/jvm/temurin-25-jdk-amd64
MIRROR=''
FORCE=0
LOCAL_CA_DIR=/usr/local/share/ca-certificates
readonly DEBIAN_IMAGE=localhost/debian:trixie
readonly JDK_IMAGES=(docker.io/library/eclipse-temurin:25-jdk docker.io/library/eclipse-temurin:25-jre)
readonly LABEL=dev.dash.stand-in=true

while (($#)); do
    case $1 in
        --engine) ENGINE=${2:?--engine needs podman or docker}; shift 2 ;;
        --jdk) JDK=${2:?--jdk needs a directory}; shift 2 ;;
        --mirror) MIRROR=${2:?--mirror needs a URL}; shift 2 ;;
        --force) FORCE=1; shift ;;
        *) echo "usage: $0 [--engine podman|docker] [--jdk DIR] [--mirror URL] [--force]" >&2; exit 2 ;;
    esac
done

say() { printf '    %s\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The Debian mirror apt uses on this machine (deb822 or one-line sources), else deb.debian.org.
debian_mirror() {
    local uri
    uri=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v -- '-security' | head -n 1)
    [[ -n $uri ]] || uri=$(grep -hsE '^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?https?://' /etc/apt/sources.list \
        /etc/apt/sources.list.d/*.list | grep -v -- '-security' | grep -E '/debian/?[[:space:]]' |
        sed -E 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//' | awk '{print $1}' | head -n 1)
    printf '%s' "${uri:-http://deb.debian.org/debian}"
}

has_image() { "$ENGINE" image inspect "$1" >/dev/null 2>&1; }

[[ $(id -u) -eq 0 ]] || fail "debootstrap needs root: run as root (./dash image build does)."
command -v "$ENGINE" >/dev/null || fail "$ENGINE is not installed."
[[ -x $JDK/bin/java && -f $JDK/release ]] || fail "no JDK at $JDK (install temurin-25-jdk, or pass --jdk DIR)."

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dash-base-images.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

if ((FORCE)) || ! has_image "$DEBIAN_IMAGE"; then
    command -v debootstrap >/dev/null || fail "debootstrap is not installed (apt-get install debootstrap)."
    MIRROR=${MIRROR:-$(debian_mirror)}
    say "debootstrap --variant=minbase trixie from $MIRROR (a minute or two)"
    rootfs=$WORK/rootfs
    debootstrap --variant=minbase trixie "$rootfs" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 ||
        { tail -n 30 "$WORK/debootstrap.log" >&2; fail "debootstrap failed (last lines above)."; }
    # The CA certificates this machine added (a proxy's, say): without them HTTPS fails inside builds with
    # "self-signed certificate in certificate chain". ca-certificates, installed in the JDK image, picks them up.
    mkdir -p "$rootfs$LOCAL_CA_DIR"
    if compgen -G "$LOCAL_CA_DIR/*.crt" >/dev/null; then
        cp "$LOCAL_CA_DIR"/*.crt "$rootfs$LOCAL_CA_DIR/"
        say "added this machine's local CA certificates: $(cd "$LOCAL_CA_DIR" && echo ./*.crt)"
    fi
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar -C "$rootfs" -c . | "$ENGINE" import --change 'CMD ["/bin/bash"]' --change "LABEL $LABEL" - "$DEBIAN_IMAGE" >/dev/null
    say "made $DEBIAN_IMAGE"
else
    say "$DEBIAN_IMAGE exists: kept"
fi

if ((FORCE)) || ! has_image "${JDK_IMAGES[0]}" || ! has_image "${JDK_IMAGES[1]}"; then
    context=$WORK/jdk
    mkdir -p "$context"
    say "copying $JDK into the image context"
    cp -a "$JDK" "$context/openjdk"
    # On the host, lib/security/cacerts is a symlink into /etc/ssl/certs/java: the image needs the file itself.
    rm -f "$context/openjdk/lib/security/cacerts"
    cp -L "$JDK/lib/security/cacerts" "$context/openjdk/lib/security/cacerts"
    cat >"$context/Dockerfile" <<EOF
FROM $DEBIAN_IMAGE
RUN apt-get update \\
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ca-certificates p11-kit curl fontconfig tzdata \\
    && rm -rf /var/lib/apt/lists/*
COPY openjdk /opt/java/openjdk
ENV JAVA_HOME=/opt/java/openjdk \\
    PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \\
    LANG=C.UTF-8
LABEL $LABEL
CMD ["jshell"]
EOF
    pull=(--pull=never)
    [[ $ENGINE == docker ]] && pull=()
    say "building ${JDK_IMAGES[*]} FROM $DEBIAN_IMAGE"
    "$ENGINE" build "${pull[@]}" -t "${JDK_IMAGES[0]}" "$context" >"$WORK/jdk-build.log" 2>&1 ||
        { tail -n 30 "$WORK/jdk-build.log" >&2; fail "building the JDK image failed (last lines above)."; }
    "$ENGINE" tag "${JDK_IMAGES[0]}" "${JDK_IMAGES[1]}"
    say "made ${JDK_IMAGES[*]} ($("$ENGINE" run --rm "${JDK_IMAGES[0]}" java -version 2>&1 | head -n 1))"
else
    say "${JDK_IMAGES[*]} exist: kept"
fi
