#!/bin/bash
# ./examples/slurm/submit.sh SPEC [N] — N shards as a Slurm array, then the merge once all have succeeded.
# Run from the repository root after building the jar (./jjmask --version builds it).
set -euo pipefail
SPEC=${1:?usage: submit.sh SPEC [N]}
N=${2:-8}
OUT=${OUT:-mc-parts}
here=$(dirname "$0")
array=$(sbatch --parsable --array=0-$((N - 1)) --export=ALL,SPEC="$SPEC",N="$N",OUT="$OUT" "$here/mc-array.sbatch")
sbatch --dependency=afterok:"$array" --export=ALL,OUT="$OUT" "$here/merge.sbatch"
echo "queued shards $array (0-$((N - 1))) and the merge after them; result in ${RESULT:-mc-result.json}"
