# RUN: parse --sexpr
# Strings: escapes, interpolation, triple quotes, raw and non-standard literals, commands.
"a\tb\n"

"a $b c"

"$(x + 1) items"

"$("str")"

"""
    line one
      line two
    """

"""x"""

r"^\s*(?:#|$)"

r"abc"i

b"DATA\xff\u2200"

raw"a\b\"c"

x`literal`

`echo $x`

Foo.x"literal"

foo"str"flag

"a\
   b"
