# RUN: parse --dump
# Decimal integer literals (Int64).
42
-42
1_000_000
9223372036854775807
-9223372036854775808
