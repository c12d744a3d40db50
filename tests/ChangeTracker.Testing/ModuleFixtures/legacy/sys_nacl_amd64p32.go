package main

func pageSize() int { return 65536 }
