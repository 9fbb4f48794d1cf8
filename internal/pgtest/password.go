package pgtest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// PasswordURL starts a throwaway cluster of its own whose only user,
// postgres, must give password (SCRAM authentication, on a Unix socket),
// and returns the URL of its postgres database with that password in it.
// The cluster is stopped when t ends. It is for the tests of what
// happens with a wrong password, which a server that trusts its clients
// (as test servers do) cannot show. It skips t without PostgreSQL's
// binaries, or fails it under CI=true.
func PasswordURL(t testing.TB, password string) string {
	t.Helper()
	c, err := startPasswordCluster(password)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL is required under CI=true: %v", err)
		}
		t.Skipf("no PostgreSQL cluster with password authentication: %v", err)
	}
	t.Cleanup(c.stop)
	return c.passwordURL(password)
}

func (c *cluster) passwordURL(password string) string {
	return "postgres://postgres:" + url.QueryEscape(password) + "@/postgres?host=" +
		url.QueryEscape(filepath.Join(c.dir, "sock")) + "&sslmode=disable"
}

func startPasswordCluster(password string) (*cluster, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "autogen-pgpw-")
	if err != nil {
		return nil, err
	}
	c := &cluster{dir: dir}
	fail := func(err error) (*cluster, error) {
		c.stop()
		return nil, err
	}
	if os.Geteuid() == 0 {
		uid, gid, err := postgresUser()
		if err != nil {
			return fail(err)
		}
		c.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			return fail(err)
		}
	}
	pw := filepath.Join(dir, "pwfile")
	if err := os.WriteFile(pw, []byte(password+"\n"), 0o600); err != nil {
		return fail(err)
	}
	if c.cred != nil {
		if err := os.Chown(pw, int(c.cred.Uid), int(c.cred.Gid)); err != nil {
			return fail(err)
		}
	}
	if err := c.run(filepath.Join(bin, "initdb"), "-D", filepath.Join(dir, "data"), "-U", "postgres",
		"--auth=scram-sha-256", "--pwfile="+pw, "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		return fail(err)
	}
	if err := c.mkdir("sock"); err != nil {
		return fail(err)
	}
	log, err := os.Create(filepath.Join(dir, "postgres.log"))
	if err != nil {
		return fail(err)
	}
	defer log.Close()
	c.cmd = exec.Command(filepath.Join(bin, "postgres"), "-D", filepath.Join(dir, "data"),
		"-k", filepath.Join(dir, "sock"), "-c", "listen_addresses=", "-c", "fsync=off")
	c.cmd.Stdout, c.cmd.Stderr = log, log
	c.cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred, Pdeathsig: syscall.SIGQUIT, Setpgid: true}
	if err := c.cmd.Start(); err != nil {
		return fail(fmt.Errorf("start postgres: %w", err))
	}
	db, err := sql.Open("pgx", c.passwordURL(password))
	if err != nil {
		return fail(err)
	}
	defer db.Close()
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		err = db.PingContext(ctx)
		cancel()
		if err == nil {
			return c, nil
		}
		if time.Now().After(deadline) {
			return fail(fmt.Errorf("postgres did not start: %v", err))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// postgresUser returns the ids of the postgres system user, which runs
// the server when the tests run as root.
func postgresUser() (uid, gid int, err error) {
	u, err := user.Lookup("postgres")
	if err != nil {
		return 0, 0, fmt.Errorf("running as root and there is no postgres user to run initdb as: %w", err)
	}
	uid, _ = strconv.Atoi(u.Uid)
	gid, _ = strconv.Atoi(u.Gid)
	return uid, gid, nil
}
