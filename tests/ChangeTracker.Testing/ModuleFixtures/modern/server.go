//go:build linux && amd64

//go:debug x509sha1=1
package main

import (
	"crypto/tls"
	"go/types"
	"net/http"
	"time"
)

func serve() error {
	t := time.NewTimer(time.Second)
	<-t.C
	_ = types.Universe
	srv := &http.Server{TLSConfig: &tls.Config{}}
	return srv.ListenAndServeTLS("cert.pem", "key.pem")
}
