# RUN: parse --show
# `show` of import/using with `as`, and of the long arrow `-->` (Julia 1.11's printing).
import A.b as c
using A: b as c, d
import Base: +, show
x --> y
