"""Assembling a provisioning job: a profile, the operator's settings and the job's
secrets turned into the plan the pipeline runs, every extension looked up by name."""
