package dialect

import (
	"database/sql/driver"
	"encoding/hex"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// LiteralStyle is how a database spells the literals that differ.
type LiteralStyle struct {
	True, False string                // boolean literals
	Bytes       func(b []byte) string // a byte string
	Time        func(t time.Time) string
}

// Literal renders v as an SQL literal: nil, booleans, numbers, strings,
// byte slices, times, and driver.Valuer values through their Value.
func (s LiteralStyle) Literal(v any) (string, error) {
	if val, ok := v.(driver.Valuer); ok {
		if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
			return "NULL", nil
		}
		inner, err := val.Value()
		if err != nil {
			return "", fmt.Errorf("literal of %T: %w", v, err)
		}
		v = inner
	}
	switch x := v.(type) {
	case nil:
		return "NULL", nil
	case bool:
		if x {
			return s.True, nil
		}
		return s.False, nil
	case string:
		if strings.ContainsRune(x, 0) {
			return "", fmt.Errorf("literal: string contains a NUL byte")
		}
		return QuoteString(x), nil
	case []byte:
		return s.Bytes(x), nil
	case time.Time:
		return s.Time(x), nil
	case float32:
		return floatLiteral(float64(x))
	case float64:
		return floatLiteral(x)
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return fmt.Sprint(x), nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer:
		if rv.IsNil() {
			return "NULL", nil
		}
		return s.Literal(rv.Elem().Interface())
	case reflect.String:
		return s.Literal(rv.String())
	case reflect.Bool:
		return s.Literal(rv.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(rv.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(rv.Uint(), 10), nil
	case reflect.Float32, reflect.Float64:
		return floatLiteral(rv.Float())
	case reflect.Slice:
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			return s.Bytes(rv.Bytes()), nil
		}
	}
	return "", fmt.Errorf("literal: cannot render a %T as SQL", v)
}

func floatLiteral(f float64) (string, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "", fmt.Errorf("literal: %v has no portable SQL spelling", f)
	}
	return strconv.FormatFloat(f, 'g', -1, 64), nil
}

// HexBytes spells bytes as X'…', which both dialects read.
func HexBytes(b []byte) string { return "X'" + hex.EncodeToString(b) + "'" }

// TimeText spells a time as an ISO 8601 string literal with its offset.
func TimeText(t time.Time) string {
	return QuoteString(t.Format("2006-01-02 15:04:05.999999999Z07:00"))
}
