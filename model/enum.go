package model

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"github.com/autogen-go/autogen/schema"
)

// enumType makes a field tagged type:enum a column of a PostgreSQL enum
// type: the field's named string type (through a pointer), whose typed
// constants, in source order, are the values. The enum is named after the
// Go type in snake_case (OrderStatus → order_status).
func (b *builder) enumType(vt types.Type, pos token.Pos, typ, field string) schema.Type {
	t := types.Unalias(vt)
	for {
		p, ok := t.(*types.Pointer)
		if !ok {
			break
		}
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok && fullName(n) == "database/sql.Null" && n.TypeArgs().Len() == 1 {
		t = types.Unalias(n.TypeArgs().At(0))
	}
	named, ok := t.(*types.Named)
	if !ok || !isString(named) {
		b.errorf(pos, typ, field, "type:enum on a field of type %s: an enum column is a named string type with typed constants (type Status string; const Active Status = \"active\")", types.TypeString(vt, shortQualifier))
		return schema.Type{Kind: schema.Text}
	}
	tn := named.Obj()
	name := toDBName(tn.Name())
	if prev, ok := b.enums[name]; ok {
		if prev.tn != tn {
			b.errorf(pos, typ, field, "enum type %s is also the enum of %s: two Go types make one enum name; rename one of them", name, typeName(prev.tn))
		}
		return schema.EnumType(name)
	}
	var consts []*types.Const
	if tn.Pkg() != nil {
		scope := tn.Pkg().Scope()
		for _, n := range scope.Names() {
			if c, ok := scope.Lookup(n).(*types.Const); ok && types.Identical(c.Type(), named) && c.Val().Kind() == constant.String {
				consts = append(consts, c)
			}
		}
	}
	if len(consts) == 0 {
		b.errorf(pos, typ, field, "type:enum: %s has no constants of its own type, so the enum would have no values; declare them (const Active %s = \"active\")", typeName(tn), tn.Name())
		return schema.EnumType(name)
	}
	slices.SortFunc(consts, func(x, y *types.Const) int {
		px, py := b.fset.Position(x.Pos()), b.fset.Position(y.Pos())
		if px.Filename != py.Filename {
			if px.Filename < py.Filename {
				return -1
			}
			return 1
		}
		return px.Offset - py.Offset
	})
	e := &schema.Enum{Name: name, Pos: b.pos(tn.Pos())}
	for _, c := range consts {
		val := constant.StringVal(c.Val())
		if slices.Contains(e.Values, val) {
			continue // two constants of one value: one label
		}
		e.Values = append(e.Values, val)
	}
	b.enums[name] = &enumOut{e: e, tn: tn, from: typ}
	return schema.EnumType(name)
}
