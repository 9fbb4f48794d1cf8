package model

import (
	"errors"
	"regexp"
	"time"
)

// nowFormats are the layouts github.com/jinzhu/now tries, which GORM uses
// to read the default of a time field.
var nowFormats = []string{
	"2006", "2006-1", "2006-1-2", "2006-1-2 15", "2006-1-2 15:4", "2006-1-2 15:4:5", "1-2",
	"15:4:5", "15:4", "15",
	"15:4:5 Jan 2, 2006 MST", "2006-01-02 15:04:05.999999999 -0700 MST", "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05Z07",
	"2006.1.2", "2006.1.2 15:04:05", "2006.01.02", "2006.01.02 15:04:05", "2006.01.02 15:04:05.999999999",
	"1/2/2006", "1/2/2006 15:4:5", "2006/01/02", "20060102", "2006/01/02 15:04:05",
	time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
	time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
	time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
}

var (
	nowHasTime  = regexp.MustCompile(`(\s+|^\s*|T)\d{1,2}((:\d{1,2})*|((:\d{1,2}){2}\.(\d{3}|\d{6}|\d{9})))(\s*$|[Z+-])`)
	nowOnlyTime = regexp.MustCompile(`^\s*\d{1,2}((:\d{1,2})*|((:\d{1,2}){2}\.(\d{3}|\d{6}|\d{9})))\s*$`)
)

// nowParse reads the default of a time field as GORM does (now.Parse),
// and returns the literal GORM writes for it: ok is false when it is no
// time (GORM then writes the default as it is). A default that now.Parse
// completes from the current date is an error: the schema would change
// every day.
func nowParse(s string) (string, bool, error) {
	if len(s) > 64 {
		return "", false, nil // no layout of now's is that long
	}
	hasTime := nowHasTime.MatchString(s)
	onlyTime := hasTime && nowOnlyTime.MatchString(s)
	var (
		t   time.Time
		err error
	)
	for _, f := range nowFormats {
		if t, err = time.ParseInLocation(f, s, time.UTC); err == nil {
			break
		}
	}
	if err != nil {
		return "", false, nil
	}
	parts := []int{t.Nanosecond(), t.Second(), t.Minute(), t.Hour(), t.Day(), int(t.Month()), t.Year()}
	set := false
	for i, v := range parts {
		if hasTime && i <= 3 {
			continue
		}
		if v == 0 {
			if set {
				return "", false, errors.New("GORM completes this time from the current date; write a full date and time (2006-01-02 15:04:05) or an SQL expression")
			}
		} else {
			set = true
		}
		if onlyTime && (i == 4 || i == 5) {
			return "", false, errors.New("GORM completes this time of day with the current date; write a full date and time (2006-01-02 15:04:05) or an SQL expression")
		}
	}
	if t.IsZero() {
		return "0000-00-00 00:00:00", true, nil
	}
	return t.Format("2006-01-02 15:04:05.999"), true, nil
}
