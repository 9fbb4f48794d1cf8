// Package render writes revision files: the metadata header, and the
// upgrade and downgrade functions, as gofmt'd Go that a reviewer reads like
// the change it makes. Rendering is pure: it returns bytes and writes
// nothing.
package render

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/dave/jennifer/jen"
)

// MigratePath is the import path of the runtime that revision files use.
const MigratePath = "github.com/autogen-go/autogen/migrate"

// Header is a revision's metadata: what tools read without compiling.
type Header struct {
	ID           string
	Revises      []string
	DependsOn    []string
	BranchLabels []string
	Message      string
	Created      time.Time
	Package      string // the versions package's name; default "versions"
	Registry     string // its registry variable; default "Revisions"
}

// Revision renders a revision file whose Upgrade and Downgrade run the
// given statements before returning nil.
//
//	// add accounts
//	//
//	// Revision: 3f2a9c1b7d4e
//	// Revises:  1975ea83b712
//	// Created:  2026-11-24 10:02:11 UTC
//	var _ = Revisions.Add(m.Revision{
//		ID:      "3f2a9c1b7d4e",
//		Revises: []string{"1975ea83b712"},
//		Message: "add accounts",
//		Upgrade: func(op *m.Op) error {
//			return nil
//		},
//		…
//	})
func Revision(h Header, upgrade, downgrade []jen.Code) ([]byte, error) {
	pkg, registry := h.Package, h.Registry
	if pkg == "" {
		pkg = "versions"
	}
	if registry == "" {
		registry = "Revisions"
	}
	f := jen.NewFile(pkg)
	f.ImportAlias(MigratePath, "m")

	fields := []jen.Code{jen.Id("ID").Op(":").Lit(h.ID)}
	if len(h.Revises) > 0 {
		fields = append(fields, jen.Id("Revises").Op(":").Add(stringSlice(h.Revises)))
	}
	if len(h.DependsOn) > 0 {
		fields = append(fields, jen.Id("DependsOn").Op(":").Add(stringSlice(h.DependsOn)))
	}
	if len(h.BranchLabels) > 0 {
		fields = append(fields, jen.Id("BranchLabels").Op(":").Add(stringSlice(h.BranchLabels)))
	}
	fields = append(fields,
		jen.Id("Message").Op(":").Lit(h.Message),
		jen.Id("Upgrade").Op(":").Add(opFunc(upgrade)),
		jen.Id("Downgrade").Op(":").Add(opFunc(downgrade)),
	)

	for _, line := range headerLines(h) {
		f.Comment(line)
	}
	f.Var().Id("_").Op("=").Id(registry).Dot("Add").Call(
		jen.Qual(MigratePath, "Revision").Custom(jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true}, fields...),
	)
	var buf bytes.Buffer
	if err := f.Render(&buf); err != nil {
		return nil, fmt.Errorf("render revision %s: %w", h.ID, err)
	}
	return buf.Bytes(), nil
}

// headerLines is the comment above the declaration: the message, then the
// metadata a reviewer wants at a glance.
func headerLines(h Header) []string {
	var lines []string
	msg := strings.TrimSpace(h.Message)
	if msg == "" {
		msg = "(no message)"
	}
	lines = append(lines, strings.Split(msg, "\n")...)
	lines = append(lines, "", "Revision: "+h.ID, "Revises:  "+list(h.Revises, "<base>"))
	if len(h.DependsOn) > 0 {
		lines = append(lines, "Depends:  "+list(h.DependsOn, ""))
	}
	if len(h.BranchLabels) > 0 {
		lines = append(lines, "Branch:   "+list(h.BranchLabels, ""))
	}
	lines = append(lines, "Created:  "+h.Created.UTC().Format("2006-01-02 15:04:05 UTC"))
	return lines
}

func list(ids []string, empty string) string {
	if len(ids) == 0 {
		return empty
	}
	return strings.Join(ids, ", ")
}

// stringSlice renders []string{"a", "b"}.
func stringSlice(vals []string) *jen.Statement {
	items := make([]jen.Code, len(vals))
	for i, v := range vals {
		items[i] = jen.Lit(v)
	}
	return jen.Index().String().Values(items...)
}

// opFunc renders func(op *m.Op) error { body…; return nil }.
func opFunc(body []jen.Code) *jen.Statement {
	stmts := append(append([]jen.Code{}, body...), jen.Return(jen.Nil()))
	return jen.Func().Params(jen.Id("op").Op("*").Qual(MigratePath, "Op")).Error().Block(stmts...)
}
