module autogen.test/cases

go 1.26.0
