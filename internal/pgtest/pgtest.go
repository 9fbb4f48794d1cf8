// Package pgtest gives tests real PostgreSQL databases: one fresh database
// per test, on the server named by $AUTOGEN_TEST_POSTGRES_URL or, when
// that is unset, on a throwaway cluster that the test binary starts from
// the machine's PostgreSQL binaries and stops when it ends.
//
// A package whose tests use it wraps its TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
//
// Without PostgreSQL, tests that ask for a database are skipped, except
// under CI=true, where they fail.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the driver the admin connection uses
)

// EnvURL names the variable that points the tests at an existing server:
// a URL whose user may create and drop databases.
const EnvURL = "AUTOGEN_TEST_POSTGRES_URL"

// server is the state of one test binary's PostgreSQL; Main owns it.
type server struct {
	once     sync.Once
	adminURL string
	err      error
	cluster  *cluster
}

var srv server // set up by Main, read by URL; one per test binary

// Main runs the tests of m, starting a throwaway cluster first when the
// tests need one and no server is given, and stopping it afterwards.
func Main(m *testing.M) int {
	code := m.Run()
	if srv.cluster != nil {
		srv.cluster.stop()
	}
	return code
}

// AdminURL returns the URL of the server's maintenance database, starting
// the throwaway cluster on first use. It skips t without PostgreSQL, or
// fails it under CI=true.
func AdminURL(t testing.TB) string {
	t.Helper()
	srv.once.Do(func() {
		if u := os.Getenv(EnvURL); u != "" {
			srv.adminURL = u
			return
		}
		c, err := startCluster()
		if err != nil {
			srv.err = err
			return
		}
		srv.cluster = c
		srv.adminURL = c.url("postgres")
	})
	if srv.err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL is required under CI=true: %v", srv.err)
		}
		t.Skipf("no PostgreSQL: %v (set %s or install PostgreSQL)", srv.err, EnvURL)
	}
	return srv.adminURL
}

var unsafe = regexp.MustCompile(`[^a-z0-9_]+`)

// URL creates an empty database for t and returns its URL; the database
// is dropped when t ends.
func URL(t testing.TB) string {
	t.Helper()
	admin := AdminURL(t)
	name := unsafe.ReplaceAllString(strings.ToLower(t.Name()), "_")
	if len(name) > 40 {
		name = name[len(name)-40:]
	}
	suffix := make([]byte, 4)
	_, _ = rand.Read(suffix)
	name = "t_" + strings.Trim(name, "_") + "_" + hex.EncodeToString(suffix)
	u, err := CreateDatabase(admin, name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := DropDatabase(admin, name); err != nil {
			t.Errorf("drop test database: %v", err)
		}
	})
	return u
}

// CreateDatabase creates database name on the server of admin and returns
// its URL.
func CreateDatabase(admin, name string) (string, error) {
	db, err := sql.Open("pgx", admin)
	if err != nil {
		return "", err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := db.ExecContext(ctx, `CREATE DATABASE "`+name+`"`); err != nil {
		return "", fmt.Errorf("create test database %s: %w", name, err)
	}
	return WithDatabase(admin, name)
}

// DropDatabase drops database name, closing its connections.
func DropDatabase(admin, name string) error {
	db, err := sql.Open("pgx", admin)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err = db.ExecContext(ctx, `DROP DATABASE IF EXISTS "`+name+`" WITH (FORCE)`)
	return err
}

// WithDatabase returns admin with its database replaced by name.
func WithDatabase(admin, name string) (string, error) {
	u, err := url.Parse(admin)
	if err != nil {
		return "", fmt.Errorf("%s is not a URL: %w", EnvURL, err)
	}
	u.Path = "/" + name
	return u.String(), nil
}

// cluster is a throwaway PostgreSQL server listening on a Unix socket only.
type cluster struct {
	dir  string
	cmd  *exec.Cmd
	cred *syscall.Credential
}

func (c *cluster) url(db string) string {
	return "postgres://postgres@/" + db + "?host=" + url.QueryEscape(filepath.Join(c.dir, "sock")) + "&sslmode=disable"
}

// binDir finds the newest PostgreSQL server binaries on the machine.
func binDir() (string, error) {
	if p, err := exec.LookPath("pg_config"); err == nil {
		if out, err := exec.Command(p, "--bindir").Output(); err == nil {
			d := strings.TrimSpace(string(out))
			if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
				return d, nil
			}
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", fmt.Errorf("no initdb found (looked in pg_config --bindir, /usr/lib/postgresql/*/bin and PATH)")
}

func version(dir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return v
}

// startCluster runs initdb and postgres in a temporary folder. initdb
// refuses to run as root, so under root both run as the postgres user.
func startCluster() (*cluster, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "autogen-pg-")
	if err != nil {
		return nil, err
	}
	c := &cluster{dir: dir}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("running as root and there is no postgres user to run initdb as: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		c.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	if err := c.run(filepath.Join(bin, "initdb"), "-D", filepath.Join(dir, "data"), "-U", "postgres",
		"--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if err := c.mkdir("sock"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	log, err := os.Create(filepath.Join(dir, "postgres.log"))
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	defer log.Close()
	c.cmd = exec.Command(filepath.Join(bin, "postgres"), "-D", filepath.Join(dir, "data"),
		"-k", filepath.Join(dir, "sock"), "-c", "listen_addresses=",
		"-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
		"-c", "max_connections=200", "-c", "shared_buffers=128MB")
	c.cmd.Stdout, c.cmd.Stderr = log, log
	// The server dies with the test binary, however it ends.
	c.cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred, Pdeathsig: syscall.SIGQUIT, Setpgid: true}
	if err := c.cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("start postgres: %w", err)
	}
	if err := c.wait(); err != nil {
		c.stop()
		return nil, err
	}
	return c, nil
}

func (c *cluster) run(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	cmd.Dir = c.dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %w\n%s", filepath.Base(name), err, out)
	}
	return nil
}

func (c *cluster) mkdir(name string) error {
	p := filepath.Join(c.dir, name)
	if err := os.Mkdir(p, 0o700); err != nil {
		return err
	}
	if c.cred != nil {
		return os.Chown(p, int(c.cred.Uid), int(c.cred.Gid))
	}
	return nil
}

// wait polls until the server accepts connections.
func (c *cluster) wait() error {
	db, err := sql.Open("pgx", c.url("postgres"))
	if err != nil {
		return err
	}
	defer db.Close()
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		err = db.PingContext(ctx)
		cancel()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			logText, _ := os.ReadFile(filepath.Join(c.dir, "postgres.log"))
			return fmt.Errorf("postgres did not start: %v\n%s", err, logText)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop shuts the server down fast and removes its files.
func (c *cluster) stop() {
	if c.cmd != nil && c.cmd.Process != nil {
		_ = c.cmd.Process.Signal(syscall.SIGINT)
		done := make(chan struct{})
		go func() { _ = c.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			_ = c.cmd.Process.Kill()
			<-done
		}
	}
	os.RemoveAll(c.dir)
}
