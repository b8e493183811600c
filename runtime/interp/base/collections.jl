# Base: collections (written in Julia).
