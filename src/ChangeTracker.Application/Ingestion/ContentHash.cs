using System.Security.Cryptography;
using System.Text;

namespace ChangeTracker.Application.Ingestion;

public static class ContentHash
{
    public static string Of(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
