#!/usr/bin/env bash
# Fuzzes the plugin and the tools with mutated programs, random IR, corrupt
# objects, BTF files, .config files and inline asm (scripts/fuzz.py says
# how). Bounded in time, reproducible from --seed; findings are kept with
# the command that reproduces them.
#
# usage: scripts/fuzz.sh [--minutes N] [--iterations N] [--seed S] [--out DIR]
exec python3 "$(dirname "$0")/fuzz.py" "$@"
