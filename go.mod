module github.com/quyche/quyche

go 1.26
