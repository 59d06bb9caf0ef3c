#!/usr/bin/env bash
# Kafka in KRaft mode (one node, broker and controller), in the foreground for supervisord.
set -euo pipefail
CP="$KAFKA_HOME/libs/*"
LOGCFG="-Dlog4j2.configurationFile=$ROOT/stack/kafka/log4j2.properties"
mkdir -p "$DATA_DIR/kafka"
if [ ! -s "$DATA_DIR/kafka.cluster-id" ]; then
  java $LOGCFG -cp "$CP" kafka.tools.StorageTool random-uuid | tail -1 >"$DATA_DIR/kafka.cluster-id"
fi
java $LOGCFG -cp "$CP" kafka.tools.StorageTool format -t "$(cat "$DATA_DIR/kafka.cluster-id")" \
  -c "$CONF_DIR/kafka-server.properties" --ignore-formatted
exec java -Xms256m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:TieredStopAtLevel=1 \
  -Djava.awt.headless=true -Dkafka.logs.dir="$LOG_DIR" $LOGCFG -cp "$CP" \
  kafka.Kafka "$CONF_DIR/kafka-server.properties"
