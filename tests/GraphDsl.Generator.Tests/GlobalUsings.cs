global using GraphDsl;
global using Xunit;
