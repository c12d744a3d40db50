package main

import (
	"crypto/tls"
	"fmt"
	"io/ioutil"
	stdnet "net"
	"os"
	. "strings"
	_ "net/http/pprof"

	"golang.org/x/sys/unix"
)

const banner = `import "os/signal"` // a raw string that only looks like an import

func main() {
	cfg := &tls.Config{MinVersion: tls.VersionTLS10, InsecureSkipVerify: true}
	d := stdnet.Dialer{DualStack: true}
	data, _ := ioutil.ReadAll(os.Stdin)
	fmt.Println(ToUpper(string(data)), cfg.ServerName, d.Timeout, banner, unix.Getpid())
	/* ioutil.WriteFile is only mentioned in a comment */
}
