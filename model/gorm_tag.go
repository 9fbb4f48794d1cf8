package model

import (
	"regexp"
	"strings"
)

// gormSettings reads a gorm tag as GORM does (schema.ParseTagSetting):
// settings split on sep, a backslash before sep escapes it, keys are
// upper-cased and trimmed, a value is what follows the first colon (with
// \" unescaped), and a key without a value has itself as its value.
func gormSettings(str, sep string) map[string]string {
	settings := map[string]string{}
	names := strings.Split(str, sep)
	for i := 0; i < len(names); i++ {
		s := names[i]
		for strings.HasSuffix(s, `\`) && i+1 < len(names) {
			i++
			s = s[:len(s)-1] + sep + names[i]
		}
		k, v, hasVal := strings.Cut(s, ":")
		k = strings.TrimSpace(strings.ToUpper(k))
		switch {
		case hasVal:
			settings[k] = strings.ReplaceAll(v, `\"`, `"`)
		case k != "":
			settings[k] = k
		}
	}
	return settings
}

// hasTagKey reports whether a gorm tag has the key (upper case).
func hasTagKey(tag, key string) bool {
	_, ok := gormSettings(tag, ";")[key]
	return ok
}

// truth is GORM's utils.CheckTruth: set, and not "false".
func truth(vals ...string) bool {
	for _, v := range vals {
		if v != "" && !strings.EqualFold(v, "false") {
			return true
		}
	}
	return false
}

// gormKeys are the keys GORM reads from a field's gorm tag; anything else
// is reported as unknown.
var gormKeys = map[string]bool{
	"COLUMN": true, "TYPE": true, "SERIALIZER": true, "JSON": true, "SIZE": true, "PRIMARYKEY": true, "PRIMARY_KEY": true,
	"UNIQUE": true, "DEFAULT": true, "PRECISION": true, "SCALE": true, "NOT NULL": true, "NOTNULL": true,
	"AUTOINCREMENT": true, "AUTOINCREMENTINCREMENT": true, "EMBEDDED": true, "EMBEDDEDPREFIX": true,
	"AUTOCREATETIME": true, "AUTOUPDATETIME": true, "INDEX": true, "UNIQUEINDEX": true, "CHECK": true,
	"<-": true, "->": true, "-": true, "COMMENT": true, "FOREIGNKEY": true, "REFERENCES": true,
	"POLYMORPHIC": true, "POLYMORPHICTYPE": true, "POLYMORPHICID": true, "POLYMORPHICVALUE": true,
	"MANY2MANY": true, "JOINFOREIGNKEY": true, "JOINREFERENCES": true, "CONSTRAINT": true, "BELONGSTO": true,
	"GENERATED": true, "ZEROVALUE": true,
	// read by GORM's plugins (gorm.io/plugin/soft_delete): no schema effect
	"SOFTDELETE": true, "DELETEDATFIELD": true,
}

// gormRemoveSetting is GORM's removeSettingFromTag, which many2many uses
// to make the join table's fields from the keys of the two models: it
// drops the first "name[:value]" after gorm: with its following ";".
func gormRemoveSetting(tag string, names ...string) string {
	for _, name := range names {
		tag = removeRe(name).ReplaceAllString(tag, "${1}${5}")
	}
	return tag
}

// removeRes are the patterns of gormRemoveSetting, compiled once.
var removeRes = func() map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{}
	for _, name := range []string{"column", "autoincrement", "index", "unique", "uniqueindex"} {
		m[name] = regexp.MustCompile(`(?i)(gorm:.*?)(` + name + `(:.*?)?)(;|("))`)
	}
	return m
}()

func removeRe(name string) *regexp.Regexp { return removeRes[name] }

// gormAppendSetting is GORM's appendSettingFromTag: the tag becomes
// gorm:"value;<gorm tag>" unless the gorm tag already contains value.
func gormAppendSetting(tag, value string) string {
	t := lookupTag(tag, "gorm")
	if strings.Contains(t, value) {
		return tag
	}
	return `gorm:"` + value + ";" + t + `"`
}
