package main

import (
	"math/rand"
	"testing"
)

func TestBanner(t *testing.T) {
	rand.Seed(42)
	if banner == "" {
		t.Fatal("no banner")
	}
}
