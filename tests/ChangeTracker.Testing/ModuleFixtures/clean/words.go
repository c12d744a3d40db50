package main

import "unicode/utf8"

func width(s string) int { return utf8.RuneCountInString(s) }
