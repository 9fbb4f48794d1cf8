module autogen.test/nofalse

go 1.26.0
