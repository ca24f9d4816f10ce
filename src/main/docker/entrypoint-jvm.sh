#!/bin/sh
# Entrypoint of the JVM image. An empty variable means unset, as in .env files: `docker run --env-file` with an empty
# OPENAI_API_KEY= line, compose's ${NAME} of an unset variable, a blank platform variable. Unset, the service's own
# defaults apply; passed empty, configuration such as the model's name or endpoint would fail to start.
for name in $(env | sed -n 's/^\([A-Za-z_][A-Za-z0-9_]*\)=$/\1/p'); do
    unset "$name"
done
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec java $JAVA_OPTS -XX:AOTCache=/deployments/dash.aot -jar /deployments/quarkus-run.jar "$@"
