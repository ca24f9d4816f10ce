# shellcheck shell=bash
# free_port [TAKEN]: a TCP port on 127.0.0.1 that nothing listens on and that is not TAKEN (one already handed out).
# Fails when 50 tries find none. Sourced by ./dash and by the replica test.
free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 20000))
        if [[ $port != "${1:-}" ]] && ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            printf '%s' "$port"
            return 0
        fi
    done
    return 1
}
