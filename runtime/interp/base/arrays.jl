# Base: arrays (written in Julia).
